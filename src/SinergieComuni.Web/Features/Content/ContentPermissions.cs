namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// Who may do what, enforced by the workflow on every action. Administrators and editors: everything (emptying the bin:
/// administrators only). Partner representatives: only their organisation's profile and service cards, and they can
/// save drafts and submit them, never publish.
/// </summary>
public static class ContentPermissions
{
    public static bool CanView(ContentActor actor, ContentTypeDefinition type, ContentItem item) => CanEdit(actor, type, item);

    public static bool CanCreate(ContentActor actor, ContentTypeDefinition type) =>
        actor.IsEditor || (actor.IsPartner && type.Key == ContentTypes.Service);

    public static bool CanEdit(ContentActor actor, ContentTypeDefinition type, ContentItem item) =>
        !item.IsDeleted && (actor.IsEditor || (actor.IsPartner && type.PartnersMayEdit && item.OrganisationId == actor.OrganisationId));

    public static bool CanSubmit(ContentActor actor, ContentTypeDefinition type, ContentItem item) => actor.IsPartner && CanEdit(actor, type, item);

    public static bool CanPublish(ContentActor actor, ContentItem item) => actor.IsEditor && !item.IsDeleted;

    public static bool CanDelete(ContentActor actor, ContentItem item) => actor.IsEditor && !item.IsDeleted;

    public static bool CanRestore(ContentActor actor, ContentItem item) => actor.IsEditor && item.IsDeleted;

    public static bool CanPurge(ContentActor actor) => actor.IsAdministrator;

    public static bool CanManageRedirects(ContentActor actor) => actor.IsEditor;

    public static bool CanReadAudit(ContentActor actor) => actor.IsEditor;
}
