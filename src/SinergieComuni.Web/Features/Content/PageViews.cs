using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content.Blocks;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// Builds a page for display: its rich text sanitised again, and what its blocks show read from published content
/// only (cards of services, news, events or pages; documents; forms; service venues). Items of types this site does
/// not have yet simply give nothing.
/// </summary>
public sealed class PageViews(SinergieDbContext db, PublishedContent published, PagePaths paths, RichTextSanitizer sanitizer, TimeProvider clock)
{
    /// <summary>How many of the newest items a query looks through to find those of a topic.</summary>
    private const int QueryWindow = 300;

    public async Task<PageView> BuildAsync(PageDocument document, DateTime updatedUtc, CancellationToken cancellationToken)
    {
        document.Clean(sanitizer);
        var content = new PageBlockContent();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case CardGridBlock grid:
                    content.SetCards(grid, grid.Selection == ItemSelection.Chosen
                        ? await ChosenAsync(grid.ContentType, grid.ItemIds, cancellationToken)
                        : await NewestAsync(grid.ContentType, grid.MaxItems, card => Matches(card, grid.Topic, ["topics", "topic"]) && Matches(card, grid.Category, ["category", "categories"]), cancellationToken));
                    break;
                case DocumentListBlock list:
                    content.SetCards(list, list.Selection == ItemSelection.Chosen
                        ? await ChosenAsync(ContentTypes.Document, list.ItemIds, cancellationToken)
                        : await NewestAsync(ContentTypes.Document, list.MaxItems, card => Matches(card, list.Topic, ["topics", "topic"]) && Matches(card, list.DocumentType, ["documentType", "kind", "category"]), cancellationToken));
                    break;
                case FormBlock form when form.FormSlug is { Length: > 0 } slug:
                    var found = await published.FindBySlugAsync<Forms.FormDocument>(ContentTypes.Form, slug, cancellationToken);
                    if (found is not null)
                    {
                        var settings = found.Document.Settings;
                        var now = clock.GetUtcNow().UtcDateTime;
                        var open = !settings.OneAnswerPerPerson && (settings.OpensUtc is null || now >= settings.OpensUtc) && (settings.ClosesUtc is null || now < settings.ClosesUtc);
                        content.SetForm(form, new BlockFormCard(
                            string.IsNullOrWhiteSpace(form.Title) ? found.Document.Title : form.Title,
                            string.IsNullOrWhiteSpace(form.Text) ? found.Document.Intro : form.Text,
                            ContentTypes.Get(ContentTypes.Form).PublicPath(slug),
                            found.Item.Id,
                            open ? found.Document : null));
                    }

                    break;
                case ServiceMapBlock map:
                    content.SetMap(map, await MapAsync(map.ServiceIds, cancellationToken));
                    break;
            }
        }

        return new PageView(document, updatedUtc) { Content = content };
    }

    private async Task<IReadOnlyList<BlockCard>> ChosenAsync(string contentType, List<Guid> ids, CancellationToken cancellationToken)
    {
        var cards = await CardsAsync(published.Items(contentType).Where(i => ids.Contains(i.Id)), contentType, cancellationToken);
        return [.. ids.Select(id => cards.FirstOrDefault(c => c.Card.ItemId == id)).Where(c => c.Card is not null).Select(c => c.Card)];
    }

    private async Task<IReadOnlyList<BlockCard>> NewestAsync(string contentType, int max, Func<(BlockCard Card, JsonElement Json), bool> filter, CancellationToken cancellationToken)
    {
        var items = published.Items(contentType)
            .OrderByDescending(i => i.FirstPublishedUtc).ThenBy(i => i.PublishedSlug)
            .Take(QueryWindow);
        var cards = await CardsAsync(items, contentType, cancellationToken);
        return [.. cards.Where(filter).Take(Math.Clamp(max, 1, 50)).Select(c => c.Card)];
    }

    private async Task<List<(BlockCard Card, JsonElement Json)>> CardsAsync(IQueryable<ContentItem> items, string contentType, CancellationToken cancellationToken)
    {
        var rows = await (
                from item in items
                join version in db.ContentVersions.AsNoTracking() on item.Id equals version.ItemId
                where version.Number == item.PublishedVersion
                select new { item.Id, item.PublishedSlug, item.PublishedTitle, item.FirstPublishedUtc, version.DataJson })
            .ToListAsync(cancellationToken);
        var cards = new List<(BlockCard, JsonElement)>(rows.Count);
        foreach (var row in rows.OrderByDescending(r => r.FirstPublishedUtc).ThenBy(r => r.PublishedSlug, StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(row.DataJson);
            var root = json.RootElement.Clone();
            var url = await paths.PublicPathAsync(contentType, row.PublishedSlug!, cancellationToken);
            if (ContentTypes.Find(contentType) is null)
            {
                url = FallbackPrefix(contentType) + row.PublishedSlug;
            }

            cards.Add((new BlockCard(row.Id, contentType, row.PublishedTitle ?? "", Text(root, "summary") ?? Text(root, "shortDescription"), url, ImageOf(root), row.FirstPublishedUtc), root));
        }

        return cards;
    }

    private async Task<BlockMap> MapAsync(List<Guid> serviceIds, CancellationToken cancellationToken)
    {
        var items = await published.Items(ContentTypes.Service).Where(i => serviceIds.Contains(i.Id)).ToListAsync(cancellationToken);
        var entries = await published.LoadAsync<ServiceCardDocument>(items, cancellationToken);
        var services = new List<BlockCard>();
        var points = new List<BlockMap.Point>();
        foreach (var id in serviceIds)
        {
            var entry = entries.FirstOrDefault(e => e.Item.Id == id);
            if (entry is null)
            {
                continue;
            }

            var url = ContentTypes.Get(ContentTypes.Service).PublicPath(entry.Item.PublishedSlug!);
            services.Add(new BlockCard(id, ContentTypes.Service, entry.Document.Title, entry.Document.ShortDescription, url, entry.Document.Images.FirstOrDefault()?.FileId, entry.Item.FirstPublishedUtc));
            points.AddRange(entry.Document.Venues
                .Where(v => v.Latitude is not null && v.Longitude is not null)
                .Select(v => new BlockMap.Point(entry.Document.Title, url, v.Name, v.Address, v.Latitude!.Value, v.Longitude!.Value)));
        }

        return new BlockMap(services, points);
    }

    private static bool Matches((BlockCard Card, JsonElement Json) card, string? wanted, string[] properties)
    {
        if (string.IsNullOrWhiteSpace(wanted))
        {
            return true;
        }

        foreach (var name in properties)
        {
            if (!card.Json.TryGetProperty(name, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.String && string.Equals(value.GetString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && string.Equals(v.GetString(), wanted, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>The item's "imageId", or the first of its "images" (service cards).</summary>
    private static string? ImageOf(JsonElement root)
    {
        if (Text(root, "imageId") is { } id)
        {
            return id;
        }

        return root.TryGetProperty("images", out var images) && images.ValueKind == JsonValueKind.Array
            ? images.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.Object ? Text(i, "fileId") : null).FirstOrDefault(i => i is not null)
            : null;
    }

    private static string FallbackPrefix(string contentType) => contentType switch
    {
        ContentTypes.News => "/notizie/",
        ContentTypes.Event => "/eventi/",
        ContentTypes.Document => "/documenti/",
        _ => "/",
    };
}
