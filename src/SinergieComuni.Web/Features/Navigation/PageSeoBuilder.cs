using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Media;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Navigation;

/// <summary>
/// Reads the SEO contract of the page models (ViewData "Title", "Description", "Image", "Updated", "OgType",
/// "Canonical" and the breadcrumb) and turns it into the layout's tags, with the site's defaults.
/// </summary>
public sealed class PageSeoBuilder(SinergieDbContext db, IOptions<AppOptions> options)
{
    public const string DefaultTitle = "SinergieComuni – Conciliazione vita-lavoro nel Sud Est Milano";

    public const string DefaultDescription = "SinergieComuni: la rete territoriale per la conciliazione vita-lavoro del Distretto Sociale Sud Est Milano.";

    /// <summary>Width of the JPEG variant shared as og:image (one of Images:Sizes).</summary>
    public const int ShareImageWidth = 1280;

    /// <summary>Query parameters that name a page of a list: a list's later pages are pages of their own.</summary>
    private static readonly string[] PagingParameters = ["page", "pagina"];

    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    private static readonly JsonSerializerOptions JsonLdOptions = new()
    {
        // The default encoder escapes <, > and &: a title with "</script>" cannot close the script element.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
    };

    public async Task<PageSeo> BuildAsync(ViewDataDictionary viewData, HttpContext context, CancellationToken cancellationToken)
    {
        var baseUrl = SiteAddress.BaseUrl(context, options.Value);
        var title = (viewData["Title"] as string)?.Trim();
        var plain = string.IsNullOrEmpty(title) || title == PageSeo.SiteName;
        var description = (viewData["Description"] as string)?.Trim();
        var canonical = Canonical(viewData["Canonical"] as string, context, baseUrl);
        var image = await ShareImageAsync(viewData["Image"], baseUrl, cancellationToken);
        return new PageSeo(
            plain ? DefaultTitle : $"{title} – {PageSeo.SiteName}",
            plain ? DefaultTitle : title!,
            string.IsNullOrEmpty(description) ? DefaultDescription : description,
            canonical,
            viewData["OgType"] as string is { Length: > 0 } ogType ? ogType : "website",
            image?.Url,
            image?.Alt,
            BreadcrumbJsonLd(viewData[Breadcrumb.ViewDataKey] as IReadOnlyList<Breadcrumb>, baseUrl, canonical),
            UpdatedText(viewData["Updated"]),
            context.Request.Path.StartsWithSegments("/backoffice", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Pagina aggiornata il 3 dicembre 2026", the date in Europe/Rome; null when the page sets none.</summary>
    public static string? UpdatedText(object? updated)
    {
        DateTime? utc = updated switch
        {
            DateTime d => d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : d,
            DateTimeOffset o => o.UtcDateTime,
            _ => null,
        };
        return utc is { } at ? $"Pagina aggiornata il {at.ToRomeTime().ToString("d MMMM yyyy", Italian)}" : null;
    }

    /// <summary>The page's own address: the given path, or the request path with only a paging parameter above 1.</summary>
    public static string Canonical(string? path, HttpContext context, string baseUrl)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            return Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
                ? absolute.ToString()
                : baseUrl + (path.StartsWith('/') ? path : "/" + path);
        }

        var request = context.Request;
        var url = baseUrl + request.PathBase + request.Path;
        foreach (var name in PagingParameters)
        {
            if (int.TryParse(request.Query[name].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 1)
            {
                return $"{url}?{name}={page.ToString(CultureInfo.InvariantCulture)}";
            }
        }

        return url;
    }

    /// <summary>schema.org BreadcrumbList of Home and the page's steps; the last step is the page itself.</summary>
    public static string? BreadcrumbJsonLd(IReadOnlyList<Breadcrumb>? steps, string baseUrl, string canonical)
    {
        if (steps is not { Count: > 0 })
        {
            return null;
        }

        var items = new List<Dictionary<string, object>>
        {
            new() { ["@type"] = "ListItem", ["position"] = 1, ["name"] = "Home", ["item"] = baseUrl + "/" },
        };
        for (var i = 0; i < steps.Count; i++)
        {
            var item = new Dictionary<string, object> { ["@type"] = "ListItem", ["position"] = i + 2, ["name"] = steps[i].Label };
            var url = i == steps.Count - 1 ? canonical : steps[i].Url is { } u ? (u.StartsWith('/') ? baseUrl + u : u) : null;
            if (url is not null)
            {
                item["item"] = url;
            }

            items.Add(item);
        }

        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = items,
        }, JsonLdOptions);
    }

    private async Task<(string Url, string? Alt)?> ShareImageAsync(object? image, string baseUrl, CancellationToken cancellationToken)
    {
        Guid? id = image switch
        {
            Guid g => g,
            string s when Guid.TryParse(s, out var g) => g,
            _ => null,
        };
        if (id is null)
        {
            return null;
        }

        var file = await db.StoredFiles.AsNoTracking()
            .Where(f => f.Id == id.Value)
            .Select(f => new { f.FileName, f.ContentType })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null || !file.ContentType.StartsWith("image/", StringComparison.Ordinal))
        {
            return null;
        }

        var alt = await db.MediaItems.AsNoTracking().Where(m => m.Id == id.Value).Select(m => m.AltText).FirstOrDefaultAsync(cancellationToken);
        var url = string.Create(CultureInfo.InvariantCulture, $"{baseUrl}{MediaFeature.Url(id.Value, file.FileName)}?width={ShareImageWidth}&format=jpeg");
        return (url, string.IsNullOrWhiteSpace(alt) ? null : alt);
    }
}
