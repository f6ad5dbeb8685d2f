using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Infrastructure;
using SinergieComuni.Web.Pages.Backoffice.Content;

namespace SinergieComuni.Web.Pages.Backoffice.Forms;

/// <summary>
/// Editor of a form: title, address and introduction are plain fields; pages, groups, fields and settings are edited
/// by form-builder.js in one hidden JSON field, read here before the workflow validates and saves the document.
/// </summary>
public sealed partial class FormEditorModel(PublishWorkflow workflow, BackofficeActor actors, SinergieDbContext db)
    : ContentEditorModel<FormDocument>(workflow, actors, db)
{
    public const string ConsentLabel = "Ho letto l'informativa sulla privacy e acconsento al trattamento dei miei dati personali.";

    private readonly PublishWorkflow _workflow = workflow;
    private readonly BackofficeActor _actors = actors;
    private readonly SinergieDbContext _db = db;

    protected override string ContentTypeKey => ContentTypes.Form;

    /// <summary>The pages and settings as the builder posts them (see <see cref="FormDefinitionJson"/>).</summary>
    [BindProperty]
    public string? DefinitionJson { get; set; }

    /// <summary>Opening and closing of the form, Europe/Rome wall clock from datetime-local fields.</summary>
    [BindProperty]
    public DateTime? OpensAt { get; set; }

    [BindProperty]
    public DateTime? ClosesAt { get; set; }

    /// <summary>The definition the builder starts from: what was posted (kept as typed after an error) or the document.</summary>
    public string DefinitionForBuilder => DefinitionJson ?? FormDefinitionJson.Serialize(Document);

    public string? OpensAtValue => (OpensAt ?? RomeInput.ToLocal(Document.Settings.OpensUtc))?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public string? ClosesAtValue => (ClosesAt ?? RomeInput.ToLocal(Document.Settings.ClosesUtc))?.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

    protected override Task<IActionResult> PrepareNewAsync(CancellationToken cancellationToken)
    {
        Document = NewForm();
        return base.PrepareNewAsync(cancellationToken);
    }

    /// <summary>One page, one group and the consent every form that stores answers needs (GDPR default).</summary>
    public static FormDocument NewForm() => new()
    {
        Pages =
        [
            new FormPage
            {
                Key = "pagina-1",
                Groups =
                [
                    new FormGroup
                    {
                        Key = "gruppo-1",
                        Fields = [new FormField { Key = "consenso", Type = FormFieldType.Consent, Label = ConsentLabel, Required = true }],
                    },
                ],
            },
        ],
    };

    /// <summary>After a refused save the page shows what was posted, even when the title was missing and nothing was read yet.</summary>
    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        if (DefinitionJson is not null && FormDefinitionJson.TryParse(DefinitionJson) is { } posted)
        {
            posted.Settings.OpensUtc = RomeInput.ToUtc(OpensAt, out _);
            posted.Settings.ClosesUtc = RomeInput.ToUtc(ClosesAt, out _);
            Document.Pages = posted.Pages;
            Document.Settings = posted.Settings;
        }

        EntryCount = Item is null ? 0 : await _db.FormEntries.CountAsync(e => e.FormId == Item.Id, cancellationToken);
    }

    /// <summary>Answers already received: changing a question's code then splits its column in exports.</summary>
    public int EntryCount { get; private set; }

    protected override Task<bool> BeforeSaveAsync(CancellationToken cancellationToken)
    {
        var definition = FormDefinitionJson.TryParse(DefinitionJson);
        if (definition is null)
        {
            ModelState.AddModelError(nameof(DefinitionJson),
                "Le domande del modulo non sono arrivate in un formato leggibile, quindi non è stato salvato nulla. Ricarica la pagina e riprova; se il problema continua, verifica che JavaScript sia attivo.");
            return Task.FromResult(false);
        }

        var opens = RomeInput.ToUtc(OpensAt, out var opensError);
        var closes = RomeInput.ToUtc(ClosesAt, out var closesError);
        if (opensError is not null)
        {
            ModelState.AddModelError(nameof(OpensAt), opensError);
        }

        if (closesError is not null)
        {
            ModelState.AddModelError(nameof(ClosesAt), closesError);
        }

        definition.Settings.OpensUtc = opens;
        definition.Settings.ClosesUtc = closes;
        Document.Pages = definition.Pages;
        Document.Settings = definition.Settings;
        return Task.FromResult(opensError is null && closesError is null);
    }

    /// <summary>"Duplica modulo": a new draft with the latest version's definition, titled "Copia di …", with a new address.</summary>
    public async Task<IActionResult> OnPostDuplicateAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = await _actors.GetAsync();
        var item = await _db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.ContentType == ContentTypes.Form, cancellationToken);
        if (item is null || item.IsDeleted)
        {
            return NotFound();
        }

        if (!ContentPermissions.CanCreate(actor, Type) || !ContentPermissions.CanView(actor, Type, item))
        {
            return Forbid();
        }

        var json = await _db.ContentVersions.AsNoTracking()
            .Where(v => v.ItemId == id && v.Number == item.LatestVersion).Select(v => v.DataJson).FirstAsync(cancellationToken);
        var copy = ContentJson.Deserialize<FormDocument>(json);
        copy.Title = CopyTitle(copy.Title);
        copy.Slug = "";
        var created = await _workflow.CreateAsync(actor, ContentTypes.Form, copy, cancellationToken);
        if (created.Outcome == WorkflowOutcome.Forbidden)
        {
            return Forbid();
        }

        if (!created.Succeeded)
        {
            StatusMessage = "Non è stato possibile duplicare il modulo: " + string.Join(" ", created.Errors?.SelectMany(e => e.Value) ?? [created.Message ?? ""]);
            return Redirect(EditorPath(id));
        }

        StatusMessage = $"Hai creato «{copy.Title}», una copia in bozza: ora stai modificando la copia.";
        return Redirect(EditorPath(created.ItemId!.Value));
    }

    public static string CopyTitle(string title)
    {
        var copy = "Copia di " + title;
        return copy.Length <= 160 ? copy : copy[..159].TrimEnd() + "…";
    }

    /// <summary>The messages about the definition, by builder path ("Pages[0].Groups[0].Fields[2].Label"), for form-builder.js.</summary>
    public string BuilderErrorsJson() => JsonSerializer.Serialize(
        ModelState.Where(e => e.Key.StartsWith("Document.Pages", StringComparison.Ordinal) && e.Value is { Errors.Count: > 0 })
            .ToDictionary(e => e.Key["Document.".Length..], e => e.Value!.Errors.Select(x => x.ErrorMessage).ToList()));

    /// <summary>Every message of the page, with where it is, for the summary at the top (readable without JavaScript).</summary>
    public IReadOnlyList<EditorError> Errors() =>
    [
        .. ModelState.Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors.Select(x => new EditorError(e.Key, BuilderPath(e.Key), Where(e.Key), x.ErrorMessage, Anchor(e.Key))))
            .DistinctBy(e => (e.Key, e.Message)),
    ];

    /// <summary>The first message for a key, to show under its field.</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private static string? BuilderPath(string key) =>
        key.StartsWith("Document.Pages", StringComparison.Ordinal) ? key["Document.".Length..] : null;

    private static string? Anchor(string key) => key switch
    {
        "Document.Title" or "Document.Slug" or "Document.Intro" => "f-" + key.Replace('.', '-'),
        nameof(DefinitionJson) => "form-builder",
        nameof(OpensAt) => "setting-opens",
        nameof(ClosesAt) or "Document.Settings.ClosesUtc" => "setting-closes",
        _ when key.StartsWith("Document.Settings.", StringComparison.Ordinal) => "setting-" + key["Document.Settings.".Length..],
        _ when key.StartsWith("Document.Pages", StringComparison.Ordinal) => "form-builder",
        _ => null,
    };

    /// <summary>"Pagina 1, domanda 3 «Nome»" for a builder path, from the posted definition.</summary>
    private string? Where(string key)
    {
        var path = BuilderPath(key);
        if (path is null)
        {
            return key.StartsWith("Document.Settings.", StringComparison.Ordinal) ? "Impostazioni" : null;
        }

        var match = PathPattern().Match(path);
        if (!match.Success)
        {
            return "Domande";
        }

        var parts = new List<string>();
        var p = int.Parse(match.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture);
        parts.Add($"Pagina {p + 1}");
        if (match.Groups["group"].Success && p < Document.Pages.Count)
        {
            var g = int.Parse(match.Groups["group"].Value, System.Globalization.CultureInfo.InvariantCulture);
            parts.Add($"gruppo {g + 1}");
            if (match.Groups["field"].Success && g < Document.Pages[p].Groups.Count)
            {
                var f = int.Parse(match.Groups["field"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var fields = Document.Pages[p].Groups[g].Fields;
                var label = f < fields.Count && !string.IsNullOrWhiteSpace(fields[f].Label) ? $" «{Shorten(fields[f].Label)}»" : "";
                parts.Add($"domanda {f + 1}{label}");
            }
        }

        return string.Join(", ", parts);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..59] + "…";

    [GeneratedRegex(@"^Pages\[(?<page>\d{1,4})\](\.Groups\[(?<group>\d{1,4})\](\.Fields\[(?<field>\d{1,4})\])?)?")]
    private static partial Regex PathPattern();

    /// <summary>One message of the summary: where it belongs (for people and, as a builder path, for the script).</summary>
    public sealed record EditorError(string Key, string? BuilderPath, string? Where, string Message, string? Anchor);
}
