using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Backoffice.Forms;

/// <summary>
/// One entry with the questions of the version it answered; sensitive answers only for those allowed. Opening a new
/// entry marks it read; editors change its state or delete it (after a confirmation step).
/// </summary>
public sealed class EntryDetailModel(SinergieDbContext db, BackofficeActor actors, FormEntries entries) : PageModel
{
    public sealed record Answer(FormField Field, bool Withheld, IReadOnlyList<string> Lines, IReadOnlyList<FormEntryFile> Files);

    public EntriesForm Form { get; private set; } = null!;

    public FormEntry Entry { get; private set; } = null!;

    public IReadOnlyList<Answer> Answers { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "elimina")]
    public bool ConfirmDelete { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid formId, Guid entryId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(formId, entryId, cancellationToken) is { } problem)
        {
            return problem;
        }

        await entries.MarkReadAsync(Entry, Form.Actor, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostStateAsync(Guid formId, Guid entryId, string? stato, CancellationToken cancellationToken)
    {
        if (await LoadAsync(formId, entryId, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (!Form.CanManage)
        {
            return Forbid();
        }

        if (EntryStates.Parse(stato) is not { } state)
        {
            ModelState.AddModelError(string.Empty, "Scegli lo stato tra «nuova», «letta» e «archiviata».");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await entries.SetStateAsync(formId, entryId, state, Form.Actor, cancellationToken);
        TempData["StatusMessage"] = $"La risposta del {Entry.CreatedUtc.ToRomeTime():dd/MM/yyyy HH:mm} ora è «{EntryStates.Label(state).ToLowerInvariant()}».";
        return Redirect(Form.EntriesPath);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid formId, Guid entryId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(formId, entryId, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (!Form.CanManage)
        {
            return Forbid();
        }

        await entries.DeleteAsync(Form, entryId, Form.Actor, cancellationToken);
        TempData["StatusMessage"] = $"La risposta del {Entry.CreatedUtc.ToRomeTime():dd/MM/yyyy HH:mm} è stata eliminata con i suoi allegati.";
        return Redirect(Form.EntriesPath);
    }

    private async Task<IActionResult?> LoadAsync(Guid formId, Guid entryId, CancellationToken cancellationToken)
    {
        var (form, refusal) = await this.OpenForReadersAsync(entries, actors, formId, cancellationToken);
        if (form is null)
        {
            return refusal!;
        }

        var entry = await db.FormEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId && e.FormId == formId, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        Form = form;
        Entry = entry;
        var definition = await entries.DefinitionOfAsync(form, entry.FormVersion, cancellationToken);
        var answers = FormAnswers.Parse(entry.AnswersJson);
        var files = (await entries.FilesAsync([entry.Id], cancellationToken)).Values.ToList();
        var names = files.ToDictionary(f => f.Id, f => f.FileName);
        Answers = [.. definition.AllFields().Where(f => f.HasAnswer).Select(field =>
        {
            if (field.Sensitive && !form.CanReadSensitive)
            {
                return new Answer(field, true, [], []);
            }

            var ids = answers.TryGetValue(field.Key, out var values) ? values : [];
            var attached = field.Type == FormFieldType.File
                ? files.Where(f => f.FieldKey == field.Key && ids.Any(v => Guid.TryParse(v, out var id) && id == f.Id)).ToList()
                : [];
            return new Answer(field, false, FormAnswers.Display(field, answers, names).Split('\n'), attached);
        })];
        ViewData["Title"] = $"Risposta del {entry.CreatedUtc.ToRomeTime():dd/MM/yyyy HH:mm} a «{form.Item.Title}»";
        return null;
    }
}
