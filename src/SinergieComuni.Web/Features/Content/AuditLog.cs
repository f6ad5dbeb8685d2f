using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Content;

/// <summary>Adds audit entries to the current unit of work, so they commit (or not) together with the action.</summary>
public sealed class AuditLog(SinergieDbContext db, TimeProvider clock)
{
    public void Record(ContentActor actor, AuditAction action, ContentItem? item, string? details = null) =>
        Record(actor.UserId, actor.UserName, action, item?.ContentType, item?.Id, item?.Title, details);

    public void Record(string userId, string userName, AuditAction action, string? contentType, Guid? itemId, string? itemTitle, string? details) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserName = userName,
            Action = action,
            ContentType = contentType,
            ItemId = itemId,
            ItemTitle = itemTitle is { Length: > 300 } ? itemTitle[..300] : itemTitle,
            Details = details is { Length: > 2000 } ? details[..2000] : details,
        });
}
