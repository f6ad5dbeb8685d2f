using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content.Blocks;

namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// What a page needs beyond its annotations: its rich text made safe before it is stored (whoever saves it), a parent
/// that is a page, images of the library with alternative text, and chosen items, forms and services that exist.
/// The editor also refuses a parent that would make the page its own ancestor (it knows the item's id).
/// </summary>
public sealed class PageRules(SinergieDbContext db, RichTextSanitizer sanitizer) : IContentTypeRules
{
    public string ContentType => ContentTypes.Page;

    public async Task<Dictionary<string, List<string>>> ValidateAsync(IContentDocument document, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (document is not PageDocument page)
        {
            return errors;
        }

        page.Clean(sanitizer);
        void Add(string key, string message)
        {
            if (!errors.TryGetValue(key, out var list))
            {
                errors[key] = list = [];
            }

            list.Add(message);
        }

        if (page.ParentId is { } parentId)
        {
            var parent = await db.ContentItems.AsNoTracking()
                .Where(i => i.Id == parentId && i.ContentType == ContentTypes.Page && i.DeletedUtc == null)
                .Select(i => new { i.Slug })
                .FirstOrDefaultAsync(cancellationToken);
            if (parent is null)
            {
                Add(nameof(PageDocument.ParentId), "La pagina superiore scelta non esiste più: scegline un'altra.");
            }
            else if (parent.Slug == PageSlugs.Home || page.Slug == PageSlugs.Home)
            {
                Add(nameof(PageDocument.ParentId), "La home page non può avere una pagina superiore né essere la pagina superiore di altre.");
            }
        }

        for (var i = 0; i < page.Blocks.Count; i++)
        {
            var prefix = $"{nameof(PageDocument.Blocks)}[{i}]";
            switch (page.Blocks[i])
            {
                case ImageBlock image:
                    await CheckImageAsync(image.ImageId, image.Alt, prefix, Add, cancellationToken);
                    break;
                case ImageTextBlock imageText:
                    await CheckImageAsync(imageText.ImageId, imageText.Alt, prefix, Add, cancellationToken);
                    break;
                case FormBlock form when !string.IsNullOrWhiteSpace(form.FormSlug):
                    form.FormSlug = form.FormSlug.Trim().ToLowerInvariant();
                    if (!await db.ContentItems.AnyAsync(f => f.ContentType == ContentTypes.Form && f.DeletedUtc == null && f.Slug == form.FormSlug, cancellationToken))
                    {
                        Add($"{prefix}.{nameof(FormBlock.FormSlug)}", $"Non c'è un modulo con indirizzo «{form.FormSlug}».");
                    }

                    break;
                case CardGridBlock grid when grid.Selection == ItemSelection.Chosen && grid.ItemIds.Count > 0:
                    if (await MissingAsync(grid.ContentType, grid.ItemIds, cancellationToken) > 0)
                    {
                        Add($"{prefix}.{nameof(CardGridBlock.ItemIds)}", "Alcuni dei contenuti scelti non esistono o non sono del tipo scelto per la griglia.");
                    }

                    break;
                case DocumentListBlock list when list.Selection == ItemSelection.Chosen && list.ItemIds.Count > 0:
                    if (await MissingAsync(ContentTypes.Document, list.ItemIds, cancellationToken) > 0)
                    {
                        Add($"{prefix}.{nameof(DocumentListBlock.ItemIds)}", "Alcuni dei documenti scelti non esistono più.");
                    }

                    break;
                case ServiceMapBlock map when map.ServiceIds.Count > 0:
                    if (await MissingAsync(ContentTypes.Service, map.ServiceIds, cancellationToken) > 0)
                    {
                        Add($"{prefix}.{nameof(ServiceMapBlock.ServiceIds)}", "Alcuni dei servizi scelti non esistono più.");
                    }

                    break;
            }
        }

        return errors;
    }

    public Guid? OwningOrganisation(IContentDocument document, Guid itemId) => null;

    public Task OnPublicationChangedAsync(ContentItem item, IContentDocument? published, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task CheckImageAsync(string? imageId, string? alt, string prefix, Action<string, string> add, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(imageId))
        {
            return;
        }

        var media = Guid.TryParse(imageId, out var id)
            ? await db.MediaItems.AsNoTracking().Where(m => m.Id == id && m.File.ContentType.StartsWith("image/"))
                .Select(m => new { m.AltText }).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (media is null)
        {
            add($"{prefix}.ImageId", "L'immagine scelta non è nella libreria media: scegline un'altra.");
        }
        else if (string.IsNullOrWhiteSpace(alt) && string.IsNullOrWhiteSpace(media.AltText))
        {
            add($"{prefix}.Alt", "L'immagine non ha un testo alternativo nella libreria: scrivilo qui, descrivendo che cosa mostra.");
        }
    }

    private async Task<int> MissingAsync(string contentType, List<Guid> ids, CancellationToken cancellationToken)
    {
        var found = await db.ContentItems.AsNoTracking()
            .CountAsync(i => ids.Contains(i.Id) && i.ContentType == contentType && i.DeletedUtc == null, cancellationToken);
        return ids.Count - found;
    }
}
