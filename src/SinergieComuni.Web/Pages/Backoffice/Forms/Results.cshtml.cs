using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Pages.Shared;

namespace SinergieComuni.Web.Pages.Backoffice.Forms;

/// <summary>
/// The results dashboard of a form: totals, a chart and a data table per question, filters by choice questions and
/// the CSV of the aggregates. For the form's readers (<see cref="FormAccess.CanReadEntries"/>); sensitive questions
/// only for those who may read them.
/// </summary>
public sealed class ResultsModel(FormResults results, BackofficeActor actors) : PageModel
{
    public FormResultsView View { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public bool IsPublished { get; private set; }

    public string? PublicResultsPath { get; private set; }

    public string CsvPath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid formId, CancellationToken cancellationToken)
    {
        var (exists, reader) = await results.ForReaderAsync(formId, await actors.GetAsync(), Request.Query, cancellationToken);
        if (reader is null)
        {
            return exists ? Forbid() : NotFound();
        }

        var (item, form, filter, report, sensitive) = reader;
        var path = FormResultsEndpoints.DashboardPath(formId);
        View = new FormResultsView(form, report, path, Public: false, IncludeSensitive: sensitive);
        Title = form.Title;
        IsPublished = item.IsPublished;
        PublicResultsPath = item.IsPublished && form.Settings.PublicResults ? $"/moduli/{item.PublishedSlug}/risultati" : null;
        CsvPath = QueryHelpers.AddQueryString(FormResultsEndpoints.CsvPath(formId), filter.Parameters().Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        ViewData["Title"] = "Risultati di " + form.Title;
        return Page();
    }
}
