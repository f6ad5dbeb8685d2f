using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Content;

/// <summary>/sitemap.xml: every published item of every type, and nothing else.</summary>
public static class Sitemap
{
    public static async Task WriteAsync(HttpContext context, PublishedContent published, PagePaths paths, IOptions<AppOptions> options)
    {
        var baseUrl = options.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{context.Request.Scheme}://{context.Request.Host}";
        context.Response.ContentType = "application/xml; charset=utf-8";
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var writer = XmlWriter.Create(context.Response.Body, settings);
        await writer.WriteStartDocumentAsync();
        writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        foreach (var type in ContentTypes.All)
        {
            var items = await published.Items(type.Key)
                .OrderBy(i => i.PublishedSlug)
                .Select(i => new { i.PublishedSlug, i.PublishedUtc })
                .ToListAsync(context.RequestAborted);
            foreach (var item in items)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", baseUrl + await paths.PublicPathAsync(type.Key, item.PublishedSlug!, context.RequestAborted));
                if (item.PublishedUtc is { } at)
                {
                    writer.WriteElementString("lastmod", at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }
        }

        writer.WriteEndElement();
        await writer.WriteEndDocumentAsync();
    }
}
