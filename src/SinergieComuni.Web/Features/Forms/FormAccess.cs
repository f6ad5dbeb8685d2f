using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Who may read a form's entries and results (administrators, editors and the roles the form names) and who may
/// see its sensitive fields (administrators and the roles the form names for that: editors only when listed).
/// </summary>
public static class FormAccess
{
    public static bool CanReadEntries(ContentActor actor, FormSettings settings) =>
        actor.IsEditor || settings.ReaderRoles.Any(actor.Roles.Contains);

    public static bool CanReadSensitive(ContentActor actor, FormSettings settings) =>
        actor.IsAdministrator || (CanReadEntries(actor, settings) && settings.SensitiveReaderRoles.Any(actor.Roles.Contains));

    /// <summary>Changing states and deleting entries, and managing personal data requests.</summary>
    public static bool CanManageEntries(ContentActor actor) => actor.IsEditor;

    public static bool CanErasePersonalData(ContentActor actor) => actor.IsAdministrator;
}
