using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Web.Pages.Backoffice.Forms;

/// <summary>A file attached to an entry, only for the entries' readers (and for a sensitive question only for those who may read it), always as a download.</summary>
public sealed class EntryFileModel(SinergieDbContext db, BackofficeActor actors, FormEntries entries, IFileStorage storage) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid formId, Guid entryId, Guid fileId, CancellationToken cancellationToken)
    {
        var (form, refusal) = await this.OpenForReadersAsync(entries, actors, formId, cancellationToken);
        if (form is null)
        {
            return refusal!;
        }

        var entry = await db.FormEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId && e.FormId == formId, cancellationToken);
        var file = entry is null ? null : await db.FormEntryFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.EntryId == entryId, cancellationToken);
        if (entry is null || file is null)
        {
            return NotFound();
        }

        var definition = await entries.DefinitionOfAsync(form, entry.FormVersion, cancellationToken);
        var sensitive = definition.Field(file.FieldKey)?.Sensitive ?? form.Latest.Field(file.FieldKey)?.Sensitive ?? true;
        if (sensitive && !form.CanReadSensitive)
        {
            return Forbid();
        }

        var stream = await storage.OpenReadAsync(file.StorageKey, cancellationToken);
        if (stream is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType, file.FileName);
    }
}
