using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Content;

/// <summary>The only way the public site, the map and the APIs read content: published versions of items not in the bin.</summary>
public sealed class PublishedContent(SinergieDbContext db)
{
    public sealed record Entry<TDocument>(ContentItem Item, TDocument Document);

    public IQueryable<ContentItem> Items(string contentType) =>
        db.ContentItems.AsNoTracking().Where(i => i.ContentType == contentType && i.PublishedVersion != null && i.DeletedUtc == null);

    public async Task<Entry<TDocument>?> FindBySlugAsync<TDocument>(string contentType, string slug, CancellationToken cancellationToken)
        where TDocument : IContentDocument
    {
        var item = await Items(contentType).FirstOrDefaultAsync(i => i.PublishedSlug == slug, cancellationToken);
        return item is null ? null : new Entry<TDocument>(item, await DocumentAsync<TDocument>(item, cancellationToken));
    }

    public async Task<IReadOnlyList<Entry<TDocument>>> LoadAsync<TDocument>(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
        where TDocument : IContentDocument
    {
        var ids = items.Select(i => i.Id).ToList();
        var published = await (
                from version in db.ContentVersions.AsNoTracking()
                join item in db.ContentItems.AsNoTracking() on version.ItemId equals item.Id
                where ids.Contains(item.Id) && version.Number == item.PublishedVersion
                select new { version.ItemId, version.DataJson })
            .ToDictionaryAsync(v => v.ItemId, v => v.DataJson, cancellationToken);
        return [.. items.Where(i => published.ContainsKey(i.Id)).Select(i => new Entry<TDocument>(i, ContentJson.Deserialize<TDocument>(published[i.Id])))];
    }

    private async Task<TDocument> DocumentAsync<TDocument>(ContentItem item, CancellationToken cancellationToken) where TDocument : IContentDocument
    {
        var json = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemId == item.Id && v.Number == item.PublishedVersion)
            .Select(v => v.DataJson)
            .FirstAsync(cancellationToken);
        return ContentJson.Deserialize<TDocument>(json);
    }
}
