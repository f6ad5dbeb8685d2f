using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.PageCache;

/// <summary>
/// Added after the framework's default policy (GET/HEAD, anonymous, no Set-Cookie, status 200): varies by the query,
/// the cookie notice and the cache generation; skips free-text searches; never stores a response marked no-store
/// (antiforgery tokens mark theirs so) or one a page opted out of.
/// </summary>
public sealed class PublicPagePolicy(CacheGeneration generation, IOptions<PageCacheOptions> options) : IOutputCachePolicy
{
    /// <summary>Free text makes keys without end and hits without use.</summary>
    private static readonly string[] UncachedQueryKeys = ["q"];

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        if (!options.Value.Enabled || UncachedQueryKeys.Any(request.Query.ContainsKey))
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return;
        }

        var current = await generation.CurrentAsync(cancellationToken);
        context.CacheVaryByRules.VaryByValues["generation"] = current.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["cookie-notice"] = CookieNotice.WasDismissed(context.HttpContext) ? "closed" : "open";
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(1, options.Value.Seconds));
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var headers = context.HttpContext.Response.Headers;
        if (CacheControlHeaderValue.TryParse(headers.CacheControl.ToString(), out var cacheControl)
            && (cacheControl.NoStore || cacheControl.Private))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
