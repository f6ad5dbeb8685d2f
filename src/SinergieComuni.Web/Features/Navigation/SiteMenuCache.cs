using Microsoft.Extensions.Caching.Memory;
using SinergieComuni.Web.Features.PageCache;

namespace SinergieComuni.Web.Features.Navigation;

/// <summary>
/// The menus the public layout shows, kept in memory under the page-cache generation: a navigation save (here or,
/// within a few seconds, on another instance) moves the generation and the next page reads them again.
/// </summary>
public sealed class SiteMenuCache(IMemoryCache cache, IServiceScopeFactory scopes, CacheGeneration generation)
{
    public async Task<SiteMenus> GetAsync(CancellationToken cancellationToken)
    {
        var key = "site-menus:" + await generation.CurrentAsync(cancellationToken);
        if (cache.TryGetValue(key, out SiteMenus? menus) && menus is not null)
        {
            return menus;
        }

        await using var scope = scopes.CreateAsyncScope();
        menus = await scope.ServiceProvider.GetRequiredService<NavigationSettings>().LoadAsync(cancellationToken);
        cache.Set(key, menus, TimeSpan.FromMinutes(10));
        return menus;
    }
}
