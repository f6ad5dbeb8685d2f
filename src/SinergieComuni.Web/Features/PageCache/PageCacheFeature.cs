using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.PageCache;

public static class PageCacheFeature
{
    public const string PolicyName = "public-page";

    /// <summary>Every cached public page carries this tag: a content or navigation change evicts them all.</summary>
    public const string Tag = "public-pages";

    /// <summary>Output caching of anonymous GETs of the public Razor Pages, evicted on every content change.</summary>
    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.Section);
        services.AddOutputCache(o => o.AddPolicy(PolicyName, b => b.AddPolicy<PublicPagePolicy>().Tag(Tag)));
        services.AddSingleton<CacheGeneration>();
        services.AddScoped<PageCacheEvictor>();
        services.AddScoped<IContentChangeObserver>(sp => sp.GetRequiredService<PageCacheEvictor>());
        services.Configure<RazorPagesOptions>(o => o.Conventions.Add(new PublicPageCacheConvention()));
        return services;
    }

    /// <summary>After authentication (anonymous requests only) and routing (the page's policy).</summary>
    public static WebApplication UsePageCache(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }
}
