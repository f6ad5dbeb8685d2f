using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.PageCache;

/// <summary>
/// Evicts every cached public page when content changes (any save, publish, unpublish, schedule run, bin: simpler
/// than knowing which pages list an item, and changes are rare next to page views). Told inside the change's
/// transaction, it evicts at once and again when its scope ends, after the commit, so a page rendered from data
/// read just before the commit is not kept.
/// </summary>
public sealed class PageCacheEvictor(SinergieDbContext db, CacheGeneration generation) : IContentChangeObserver, IAsyncDisposable, IDisposable
{
    private string? _written;
    private bool _changed;

    public async Task OnItemChangedAsync(ContentItem item, CancellationToken cancellationToken)
    {
        _written = await generation.WriteSharedAsync(db, cancellationToken);
        _changed = true;
        await generation.InvalidateLocallyAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Settle())
        {
            await generation.InvalidateLocallyAsync(CancellationToken.None);
        }
    }

    public void Dispose()
    {
        if (Settle())
        {
            generation.InvalidateLocally();
        }
    }

    private bool Settle()
    {
        if (!_changed)
        {
            return false;
        }

        _changed = false;
        if (_written is not null)
        {
            generation.Saw(_written);
        }

        return true;
    }
}
