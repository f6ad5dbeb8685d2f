using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Documents;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>
/// Editor of a library document. Uploading a new file replaces the file of the next version; once that version is
/// published, /documenti/{slug}/scarica serves it and the earlier file stays listed among the previous versions.
/// </summary>
public sealed class DocumentEditorModel(PublishWorkflow workflow, BackofficeActor actors, SinergieDbContext db, Uploads uploads)
    : ContentEditorModel<LibraryDocument>(workflow, actors, db)
{
    private readonly BackofficeActor _actors = actors;
    private readonly SinergieDbContext _db = db;

    protected override string ContentTypeKey => ContentTypes.Document;

    public sealed record Choice(string Key, string Label);

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public IReadOnlyList<Choice> Images { get; private set; } = [];

    /// <summary>The file of the version being edited, when there is one.</summary>
    public StoredFile? CurrentFile { get; private set; }

    [BindProperty]
    public IFormFile? NewFile { get; set; }

    private StoredFile? _storedNow;
    private string? _previousFileId;

    /// <summary>A missing file is reported with the other field errors, not only once they are fixed.</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod?.Name is "Save" or "SaveAndPublish" or "SaveAndSubmit"
            && NewFile is not { Length: > 0 } && string.IsNullOrWhiteSpace(Document.FileId))
        {
            ModelState.AddModelError("Document.FileId", LibraryDocumentRules.MissingFile);
        }

        base.OnPageHandlerExecuting(context);
    }

    protected override Task<IActionResult> PrepareNewAsync(CancellationToken cancellationToken)
    {
        Document.DocumentDate = DateOnly.FromDateTime(Infrastructure.RomeTime.ToRomeTime(DateTime.UtcNow));
        return base.PrepareNewAsync(cancellationToken);
    }

    protected override async Task<bool> BeforeSaveAsync(CancellationToken cancellationToken)
    {
        if (NewFile is not { Length: > 0 })
        {
            return true;
        }

        if (NewFile.Length > FileInspector.MaxBytes)
        {
            ModelState.AddModelError(nameof(NewFile), $"«{Path.GetFileName(NewFile.FileName)}»: il file supera i 10 MB.");
            return false;
        }

        // The kind is checked from the bytes before anything is stored: a refused file never reaches the storage.
        await using (var buffer = new MemoryStream())
        {
            await NewFile.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            var (kind, error) = FileInspector.Inspect(buffer, buffer.Length, imagesOnly: false);
            if (kind is null || !DocumentFileFormat.IsAllowed(kind.ContentType))
            {
                ModelState.AddModelError(nameof(NewFile), $"«{Path.GetFileName(NewFile.FileName)}»: {(kind is null && buffer.Length == 0 ? error : LibraryDocumentRules.WrongFileType)}");
                return false;
            }
        }

        var stored = await uploads.StoreAsync(NewFile, imagesOnly: false, await _actors.GetAsync(), cancellationToken);
        if (stored.File is null)
        {
            ModelState.AddModelError(nameof(NewFile), stored.Error!);
            return false;
        }

        _storedNow = stored.File;
        _previousFileId = Document.FileId;
        Document.FileId = stored.File.Id.ToString();
        return true;
    }

    protected override async Task SaveFailedAsync(CancellationToken cancellationToken)
    {
        if (_storedNow is not null)
        {
            await uploads.DiscardAsync([_storedNow], cancellationToken);
            Document.FileId = _previousFileId;
            _storedNow = null;
        }
    }

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var italian = StringComparer.Create(CultureInfo.GetCultureInfo("it-IT"), true);
        var organisations = await _db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == ContentTypes.Organisation && i.DeletedUtc == null && i.PublishedVersion != null)
            .Select(i => new { i.Id, Title = i.PublishedTitle ?? i.Title })
            .ToListAsync(cancellationToken);
        Organisations = [.. organisations.OrderBy(o => o.Title, italian).Select(o => new Choice(o.Id.ToString(), o.Title))];

        var images = await _db.MediaItems.AsNoTracking()
            .Where(m => m.File.ContentType.StartsWith("image/"))
            .OrderBy(m => m.Title)
            .Take(500)
            .Select(m => new { m.Id, m.Title, m.AltText })
            .ToListAsync(cancellationToken);
        Images = [.. images.Select(m => new Choice(m.Id.ToString(), string.IsNullOrWhiteSpace(m.AltText) ? $"{m.Title} (senza testo alternativo)" : $"{m.Title} – {m.AltText}"))];

        CurrentFile = Guid.TryParse(Document.FileId, out var fileId)
            ? await _db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken)
            : null;
    }
}
