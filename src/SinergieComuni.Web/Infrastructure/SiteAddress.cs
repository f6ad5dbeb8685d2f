namespace SinergieComuni.Web.Infrastructure;

/// <summary>The site's absolute address: App:PublicBaseUrl when set, otherwise the request's scheme and host.</summary>
public static class SiteAddress
{
    public static string BaseUrl(HttpContext context, AppOptions options) =>
        string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            ? $"{context.Request.Scheme}://{context.Request.Host}"
            : options.PublicBaseUrl.Trim().TrimEnd('/');
}
