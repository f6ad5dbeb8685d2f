namespace SinergieComuni.Web.Features.Navigation;

/// <summary>What the public layout writes in the head and under the page: title, description, canonical, sharing tags, breadcrumb JSON-LD, update date.</summary>
public sealed record PageSeo(
    string Title,
    string ShareTitle,
    string Description,
    string CanonicalUrl,
    string OgType,
    string? ImageUrl,
    string? ImageAlt,
    string? BreadcrumbJsonLd,
    string? UpdatedText,
    bool NoIndex)
{
    public const string SiteName = "SinergieComuni";

    public string TwitterCard => ImageUrl is null ? "summary" : "summary_large_image";
}
