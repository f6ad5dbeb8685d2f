using System.Text;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Navigation;

/// <summary>
/// /robots.txt: everything public may be crawled; the backoffice (login included), the form thank-you and results
/// pages, the search results and the JSON API may not; the sitemap is named with its absolute address.
/// </summary>
public static class RobotsTxt
{
    public static readonly string[] DisallowedPaths = ["/backoffice", "/api/", "/cerca", "/avviso-cookie", "/errore/"];

    public static IResult Write(HttpContext context, IOptions<AppOptions> options)
    {
        var text = new StringBuilder();
        text.Append("User-agent: *\n");
        foreach (var path in DisallowedPaths)
        {
            text.Append("Disallow: ").Append(path).Append('\n');
        }

        text.Append('\n').Append("Sitemap: ").Append(SiteAddress.BaseUrl(context, options.Value)).Append("/sitemap.xml\n");
        return TypedResults.Text(text.ToString(), "text/plain; charset=utf-8");
    }
}
