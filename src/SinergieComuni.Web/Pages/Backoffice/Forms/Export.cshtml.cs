using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Web.Pages.Backoffice.Forms;

/// <summary>The entries of a form (filtered like the list) as CSV or XLSX; wrong parameters get an Italian 400 page.</summary>
public sealed class ExportModel(BackofficeActor actors, FormEntries entries, FormEntryExport export, TimeProvider clock) : PageModel
{
    public EntriesForm Form { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid formId, string? formato, string? dal, string? al, string? q, string? stato, CancellationToken cancellationToken)
    {
        var (form, refusal) = await this.OpenForReadersAsync(entries, actors, formId, cancellationToken);
        if (form is null)
        {
            return refusal!;
        }

        Form = form;
        ViewData["Title"] = $"Esportazione delle risposte a «{form.Item.Title}»";
        var filter = EntryFilter.Parse(dal, al, q, stato, out var errors);
        var format = formato?.Trim().ToLowerInvariant();
        if (format is not ("csv" or "xlsx"))
        {
            errors.Insert(0, "Scegli il formato dell'esportazione: «csv» oppure «xlsx».");
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var table = await export.BuildAsync(form, filter, cancellationToken);
        var name = FormEntryExport.FileName(form, clock.GetUtcNow().UtcDateTime, format!);
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return format == "csv"
            ? File(CsvWriter.ToBytes(table), CsvWriter.ContentType, name)
            : File(XlsxWriter.ToBytes(table), XlsxWriter.ContentType, name);
    }
}
