using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>
/// Published events. Their times live in the versions' JSON, so they are read whole and filtered in memory: fine
/// for the number of events a district network publishes.
/// </summary>
public sealed class PublishedEvents(PublishedContent published, TimeProvider clock)
{
    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<EventItem>> AllAsync(CancellationToken cancellationToken)
    {
        var items = await published.Items(ContentTypes.Event).ToListAsync(cancellationToken);
        var entries = await published.LoadAsync<EventDocument>(items, cancellationToken);
        return [.. entries.Select(e => new EventItem(e.Item, e.Document)).OrderBy(e => e.StartUtc).ThenBy(e => e.Document.Title, StringComparer.Ordinal)];
    }

    /// <summary>Events not over yet, soonest first.</summary>
    public async Task<IReadOnlyList<EventItem>> UpcomingAsync(CancellationToken cancellationToken)
    {
        var now = NowUtc;
        return [.. (await AllAsync(cancellationToken)).Where(e => e.IsUpcoming(now))];
    }

    /// <summary>Events already over, latest first.</summary>
    public async Task<IReadOnlyList<EventItem>> PastAsync(CancellationToken cancellationToken)
    {
        var now = NowUtc;
        return [.. (await AllAsync(cancellationToken)).Where(e => !e.IsUpcoming(now)).OrderByDescending(e => e.StartUtc)];
    }

    public async Task<EventItem?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        if (!ContentSlug.IsValid(slug))
        {
            return null;
        }

        var entry = await published.FindBySlugAsync<EventDocument>(ContentTypes.Event, slug, cancellationToken);
        return entry is null ? null : new EventItem(entry.Item, entry.Document);
    }
}
