using Microsoft.Extensions.Options;
using SinergieComuni.Web.Features.Maps;

namespace SinergieComuni.Web.Infrastructure;

/// <summary>Adds the security headers every response carries.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<MapOptions> maps)
{
    // Images may also come from the configured map tile server.
    private readonly string _contentSecurityPolicy =
        "default-src 'self'; " +
        "script-src 'self'; " +
        // bootstrap-italia's bundle injects <style> elements at run time; scripts stay strictly same-origin.
        "style-src 'self' 'unsafe-inline'; " +
        $"img-src 'self' data:{(maps.Value.TileOrigin is { } tiles ? " " + tiles : "")}; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _contentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
