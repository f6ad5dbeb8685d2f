using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Web.Infrastructure;

/// <summary>
/// <c>&lt;sc-image file-id="…" alt="…" sizes="…" crop="card-16-9" eager /&gt;</c>: a <c>picture</c> with WebP and JPEG
/// <c>srcset</c>s, width and height, lazy loading unless <c>eager</c>. The alt text defaults to the library's; an image
/// that is not found renders nothing.
/// </summary>
[HtmlTargetElement("sc-image", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ResponsiveImageTagHelper(SinergieDbContext db, IOptions<ImageOptions> options) : TagHelper
{
    [HtmlAttributeName("file-id")]
    public string? FileId { get; set; }

    /// <summary>Alternative text; null takes the media item's; empty marks a decorative image.</summary>
    public string? Alt { get; set; }

    public string Sizes { get; set; } = "100vw";

    public string? Crop { get; set; }

    /// <summary>Above the fold: loaded at once instead of lazily.</summary>
    public bool Eager { get; set; }

    public string? Class { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        if (!Guid.TryParse(FileId, out var id))
        {
            output.SuppressOutput();
            return;
        }

        var found = await db.StoredFiles.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new
            {
                f.FileName,
                f.ContentType,
                Item = db.MediaItems.Where(m => m.Id == f.Id).Select(m => new { m.Width, m.Height, m.AltText, m.FocalX, m.FocalY, m.CropsJson }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync();
        if (found is null || !found.ContentType.StartsWith("image/", StringComparison.Ordinal))
        {
            output.SuppressOutput();
            return;
        }

        var canResize = found.ContentType != "image/gif" && found.ContentType != "image/svg+xml";
        var image = ResponsiveImage.For(id, found.FileName, found.Item?.Width, found.Item?.Height, options.Value, Crop, canResize,
            found.Item is { } item ? MediaCrops.Version(item.FocalX, item.FocalY, item.CropsJson) : null);
        var alt = Alt ?? found.Item?.AltText ?? "";
        var encoder = HtmlEncoder.Default;
        var html = new System.Text.StringBuilder("<picture>");
        if (image.WebpSrcset.Length > 0)
        {
            html.Append($"<source type=\"image/webp\" srcset=\"{encoder.Encode(image.WebpSrcset)}\" sizes=\"{encoder.Encode(Sizes)}\">");
        }

        html.Append($"<img src=\"{encoder.Encode(image.Src)}\"");
        if (image.JpegSrcset.Length > 0)
        {
            html.Append($" srcset=\"{encoder.Encode(image.JpegSrcset)}\" sizes=\"{encoder.Encode(Sizes)}\"");
        }

        if (image.Width is { } width && image.Height is { } height)
        {
            html.Append(System.FormattableString.Invariant($" width=\"{width}\" height=\"{height}\""));
        }

        html.Append($" alt=\"{encoder.Encode(alt)}\"");
        html.Append(Eager ? " fetchpriority=\"high\"" : " loading=\"lazy\" decoding=\"async\"");
        if (!string.IsNullOrEmpty(Class))
        {
            html.Append($" class=\"{encoder.Encode(Class)}\"");
        }

        html.Append("></picture>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
