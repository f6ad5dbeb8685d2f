using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Editors and administrators manage the library; partner staff may look at it and upload into it (their cards
/// use its images) but not edit, move or delete what is there.
/// </summary>
public static class MediaPermissions
{
    public static bool CanView(ContentActor actor) => actor.IsEditor || actor.IsPartner;

    public static bool CanUpload(ContentActor actor) => actor.IsEditor || actor.IsPartner;

    public static bool CanManage(ContentActor actor) => actor.IsEditor;
}
