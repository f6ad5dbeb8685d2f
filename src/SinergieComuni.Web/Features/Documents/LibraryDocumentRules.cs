using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Documents;

/// <summary>
/// Library documents: the type and topic come from the fixed lists, the file is a stored PDF or office document, the
/// organisation exists, an image has alternative text (its own or the media library's). A document belongs to its organisation.
/// </summary>
public sealed class LibraryDocumentRules(SinergieDbContext db) : IContentTypeRules
{
    public const string MissingFile = "Carica il file del documento (PDF, Word, Excel o LibreOffice).";

    public const string WrongFileType = "Il file del documento deve essere un PDF, un documento Word (DOCX), un foglio Excel (XLSX) o un file LibreOffice (ODT, ODS).";

    public string ContentType => ContentTypes.Document;

    public async Task<Dictionary<string, List<string>>> ValidateAsync(IContentDocument document, CancellationToken cancellationToken)
    {
        var library = (LibraryDocument)document;
        var errors = new Dictionary<string, List<string>>();
        void Add(string key, string message)
        {
            if (!errors.TryGetValue(key, out var list))
            {
                errors[key] = list = [];
            }

            list.Add(message);
        }

        if (!string.IsNullOrEmpty(library.DocumentType) && LibraryVocabulary.DocumentTypeLabel(library.DocumentType) is null)
        {
            Add(nameof(LibraryDocument.DocumentType), "Scegli il tipo di documento dall'elenco.");
        }

        if (!string.IsNullOrEmpty(library.Topic) && LibraryVocabulary.TopicLabel(library.Topic) is null)
        {
            Add(nameof(LibraryDocument.Topic), "Scegli il tema dall'elenco.");
        }

        if (string.IsNullOrWhiteSpace(library.FileId))
        {
            Add(nameof(LibraryDocument.FileId), MissingFile);
        }
        else
        {
            var fileId = Guid.TryParse(library.FileId, out var id) ? id : Guid.Empty;
            var contentType = await db.StoredFiles.AsNoTracking().Where(f => f.Id == fileId).Select(f => f.ContentType).FirstOrDefaultAsync(cancellationToken);
            if (contentType is null)
            {
                Add(nameof(LibraryDocument.FileId), "Il file del documento non è stato trovato: caricalo di nuovo.");
            }
            else if (!DocumentFileFormat.IsAllowed(contentType))
            {
                Add(nameof(LibraryDocument.FileId), WrongFileType);
            }
        }

        if (library.OrganisationId is { } organisationId
            && !await db.ContentItems.AnyAsync(i => i.Id == organisationId && i.ContentType == ContentTypes.Organisation && i.DeletedUtc == null, cancellationToken))
        {
            Add(nameof(LibraryDocument.OrganisationId), "L'organizzazione scelta non esiste o è nel cestino.");
        }

        if (!string.IsNullOrWhiteSpace(library.ImageId))
        {
            var imageId = Guid.TryParse(library.ImageId, out var g) ? g : Guid.Empty;
            var image = await db.StoredFiles.AsNoTracking().Where(f => f.Id == imageId).Select(f => f.ContentType).FirstOrDefaultAsync(cancellationToken);
            if (image is null || !image.StartsWith("image/", StringComparison.Ordinal))
            {
                Add(nameof(LibraryDocument.ImageId), "L'immagine scelta non è nella libreria media.");
            }
            else if (string.IsNullOrWhiteSpace(library.ImageAlt)
                && !await db.MediaItems.AnyAsync(m => m.Id == imageId && m.AltText != null && m.AltText != "", cancellationToken))
            {
                Add(nameof(LibraryDocument.ImageAlt), "L'immagine non ha un testo alternativo: scrivilo qui o nella libreria media.");
            }
        }

        return errors;
    }

    public Guid? OwningOrganisation(IContentDocument document, Guid itemId) => ((LibraryDocument)document).OrganisationId;

    public Task OnPublicationChangedAsync(ContentItem item, IContentDocument? published, CancellationToken cancellationToken) => Task.CompletedTask;
}
