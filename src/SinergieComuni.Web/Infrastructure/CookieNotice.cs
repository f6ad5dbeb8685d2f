using Microsoft.AspNetCore.Mvc;

namespace SinergieComuni.Web.Infrastructure;

/// <summary>
/// The cookie notice: the site sets technical cookies only, so closing the notice just remembers that it was read.
/// Its form has no antiforgery token: a forged post can only hide a notice, and a token would keep every page of a
/// first visit out of the page cache (pages vary by whether the notice is closed instead).
/// </summary>
public static class CookieNotice
{
    public const string CookieName = "sc_cookie_notice";

    public static bool WasDismissed(HttpContext context) => context.Request.Cookies.ContainsKey(CookieName);

    public static void MapCookieNotice(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/avviso-cookie", (HttpContext context, [FromForm] string? returnUrl) =>
        {
            context.Response.Cookies.Append(CookieName, "1", new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = false,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? returnUrl
                : "/";
            return TypedResults.LocalRedirect(target);
        }).DisableAntiforgery();
    }
}
