using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Keeps <see cref="MediaUsage"/> in step with content: told of every change inside its transaction, it finds the
/// library items whose ids appear in the item's latest and published versions and rewrites the item's rows. Any
/// field of any type counts (an image of a card, a block's image, a document's file) without knowing the classes.
/// </summary>
public sealed partial class MediaUsageTracker(SinergieDbContext db) : IContentChangeObserver
{
    public async Task OnItemChangedAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var documents = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemId == item.Id && (v.Number == item.LatestVersion || v.Number == item.PublishedVersion))
            .Select(v => v.DataJson)
            .ToListAsync(cancellationToken);
        await RewriteAsync(item.Id, documents, cancellationToken);
    }

    /// <summary>Replaces the usage rows of one content item with the library items named in <paramref name="documents"/>.</summary>
    public async Task RewriteAsync(Guid contentItemId, IEnumerable<string> documents, CancellationToken cancellationToken)
    {
        var named = documents.SelectMany(Ids).Distinct().ToList();
        var used = named.Count == 0
            ? []
            : await db.MediaItems.AsNoTracking().Where(m => named.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken);
        var existing = await db.MediaUsages.Where(u => u.ContentItemId == contentItemId).ToListAsync(cancellationToken);
        db.MediaUsages.RemoveRange(existing.Where(u => !used.Contains(u.MediaItemId)));
        db.MediaUsages.AddRange(used.Where(id => existing.All(u => u.MediaItemId != id))
            .Select(id => new MediaUsage { MediaItemId = id, ContentItemId = contentItemId }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static IEnumerable<Guid> Ids(string json) =>
        GuidPattern().Matches(json).Select(m => Guid.TryParse(m.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty);

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
