using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>What the news and event editors offer to choose: library images with their alt text, published forms.</summary>
public sealed class EditorChoices(SinergieDbContext db)
{
    public sealed record Choice(string Key, string Label);

    public async Task<IReadOnlyList<Choice>> ImagesAsync(CancellationToken cancellationToken)
    {
        var images = await db.MediaItems.AsNoTracking()
            .Where(m => m.File.ContentType.StartsWith("image/"))
            .OrderBy(m => m.Title)
            .Select(m => new { m.Id, m.Title, m.AltText })
            .Take(500)
            .ToListAsync(cancellationToken);
        return [.. images.Select(i => new Choice(i.Id.ToString(), string.IsNullOrWhiteSpace(i.AltText) ? $"{i.Title} (senza testo alternativo)" : $"{i.Title} – {i.AltText}"))];
    }

    public async Task<IReadOnlyList<Choice>> FormsAsync(CancellationToken cancellationToken)
    {
        var forms = await db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == ContentTypes.Form && i.PublishedVersion != null && i.DeletedUtc == null)
            .Select(i => new { i.PublishedSlug, i.PublishedTitle })
            .ToListAsync(cancellationToken);
        return [.. forms.OrderBy(f => f.PublishedTitle, StringComparer.Ordinal).Select(f => new Choice(f.PublishedSlug!, f.PublishedTitle ?? f.PublishedSlug!))];
    }
}
