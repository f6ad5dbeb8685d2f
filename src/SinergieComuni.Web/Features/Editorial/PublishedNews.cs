using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>
/// Published news, newest first. The date and topics live in the versions' JSON, so the list is read whole and
/// sorted in memory: fine for the few hundred items a network publishes.
/// </summary>
public sealed class PublishedNews(PublishedContent published)
{
    public async Task<IReadOnlyList<NewsItem>> AllAsync(CancellationToken cancellationToken)
    {
        var items = await published.Items(ContentTypes.News).ToListAsync(cancellationToken);
        var entries = await published.LoadAsync<NewsDocument>(items, cancellationToken);
        return [.. entries.Select(e => new NewsItem(e.Item, e.Document))
            .OrderByDescending(n => n.Date)
            .ThenByDescending(n => n.Item.FirstPublishedUtc)
            .ThenBy(n => n.Document.Title, StringComparer.Ordinal)];
    }

    public async Task<NewsItem?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        if (!ContentSlug.IsValid(slug))
        {
            return null;
        }

        var entry = await published.FindBySlugAsync<NewsDocument>(ContentTypes.News, slug, cancellationToken);
        return entry is null ? null : new NewsItem(entry.Item, entry.Document);
    }

    /// <summary>Up to <paramref name="count"/> other items sharing a topic with <paramref name="news"/>, newest first, then the latest.</summary>
    public static IReadOnlyList<NewsItem> Related(IReadOnlyList<NewsItem> all, NewsItem news, int count) =>
        [.. all.Where(n => n.Item.Id != news.Item.Id)
            .OrderByDescending(n => n.Document.Topics.Intersect(news.Document.Topics).Any())
            .ThenByDescending(n => n.Date)
            .Take(count)];
}
