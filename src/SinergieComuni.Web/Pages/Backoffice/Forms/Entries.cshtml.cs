using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Web.Pages.Backoffice.Forms;

/// <summary>A form's entries, newest first, filtered by Rome days, text and state, with exports of the same selection.</summary>
public sealed class EntriesModel(SinergieDbContext db, BackofficeActor actors, FormEntries entries) : PageModel
{
    public const int PageSize = 50;

    private static readonly FormFieldType[] ListedTypes =
    [
        FormFieldType.ShortText, FormFieldType.LongText, FormFieldType.Email, FormFieldType.Phone, FormFieldType.Number,
        FormFieldType.Date, FormFieldType.SingleChoice, FormFieldType.MultipleChoice, FormFieldType.Scale,
    ];

    public sealed record Row(FormEntry Entry, IReadOnlyList<string> Cells);

    public EntriesForm Form { get; private set; } = null!;

    public EntryFilter Filter { get; private set; } = EntryFilter.Default;

    public IReadOnlyList<FormField> Columns { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int AllEntries { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    [BindProperty(SupportsGet = true, Name = "dal")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "al")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "stato")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid formId, CancellationToken cancellationToken)
    {
        var (form, refusal) = await this.OpenForReadersAsync(entries, actors, formId, cancellationToken);
        if (form is null)
        {
            return refusal!;
        }

        Form = form;
        ViewData["Title"] = $"Risposte a «{form.Item.Title}»";
        Filter = EntryFilter.Parse(From, To, Query, State, out var errors);
        Columns = [.. form.Latest.AllFields().Where(f => f.HasAnswer && !f.Sensitive && ListedTypes.Contains(f.Type)).Take(3)];
        AllEntries = await db.FormEntries.CountAsync(e => e.FormId == formId, cancellationToken);
        if (errors.Count > 0)
        {
            // Like the other backoffice lists: the page explains the mistake and lists nothing until it is corrected.
            errors.ForEach(e => ModelState.AddModelError(string.Empty, e));
            return Page();
        }

        var selected = Filter.Apply(db.FormEntries.AsNoTracking().Where(e => e.FormId == formId));
        Total = await selected.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await selected.OrderByDescending(e => e.CreatedUtc).ThenBy(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var rows = new List<Row>(page.Count);
        foreach (var entry in page)
        {
            var definition = await entries.DefinitionOfAsync(form, entry.FormVersion, cancellationToken);
            var answers = FormAnswers.Parse(entry.AnswersJson);
            rows.Add(new Row(entry, [.. Columns.Select(c => definition.Field(c.Key) switch
            {
                null => "",
                { Sensitive: true } when !form.CanReadSensitive => "Dato riservato",
                var own => FormAnswers.Display(own.Type == c.Type ? own : c, answers),
            })]));
        }

        Rows = rows;
        return Page();
    }

    /// <summary>The pages to link: the first, the last and three either side of the current one; null marks a gap.</summary>
    public IEnumerable<int?> PageLinks()
    {
        int? previous = null;
        for (var p = 1; p <= PageCount; p++)
        {
            if (p == 1 || p == PageCount || Math.Abs(p - PageNumber) <= 3)
            {
                if (previous is { } last && p > last + 1)
                {
                    yield return null;
                }

                yield return previous = p;
            }
        }
    }

    public string PageLink(int page) => "?" + Filter.QueryString(("pagina", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string ExportLink(string format, bool everything) =>
        $"{Form.EntriesPath}/esporta?" + (everything ? EntryFilter.Everything : Filter).QueryString(("formato", format));
}
