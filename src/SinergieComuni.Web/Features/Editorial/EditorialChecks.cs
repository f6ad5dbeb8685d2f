using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>Checks news and events share: topics from the fixed list, an image that has alternative text.</summary>
public sealed class EditorialChecks(SinergieDbContext db)
{
    public void Topics(List<string> topics, Dictionary<string, List<string>> errors)
    {
        topics.RemoveAll(string.IsNullOrWhiteSpace);
        if (topics.Any(t => !EditorialTopics.Exists(t)))
        {
            Add(errors, "Topics", "Uno degli argomenti scelti non esiste: scegli tra quelli elencati.");
        }

        var distinct = topics.Distinct(StringComparer.Ordinal).ToList();
        topics.Clear();
        topics.AddRange(distinct);
    }

    /// <summary>
    /// An image from the library needs alternative text (its own or this item's). An id that is not in the library
    /// is accepted and renders nothing, so imported content never fails because an image is missing.
    /// </summary>
    public async Task ImageAsync(string? imageId, string? imageAlt, Dictionary<string, List<string>> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(imageId))
        {
            return;
        }

        if (!Guid.TryParse(imageId, out var id))
        {
            Add(errors, "ImageId", "L'immagine scelta non è valida: sceglila dall'elenco.");
            return;
        }

        var item = await db.MediaItems.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.AltText }).FirstOrDefaultAsync(cancellationToken);
        if (item is not null && string.IsNullOrWhiteSpace(item.AltText) && string.IsNullOrWhiteSpace(imageAlt))
        {
            Add(errors, "ImageAlt", "L'immagine scelta non ha un testo alternativo: scrivilo qui oppure nella libreria media.");
        }
    }

    public static void Add(Dictionary<string, List<string>> errors, string key, string message)
    {
        if (!errors.TryGetValue(key, out var list))
        {
            errors[key] = list = [];
        }

        list.Add(message);
    }
}
