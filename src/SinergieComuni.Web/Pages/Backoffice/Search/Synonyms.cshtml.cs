using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Search;

namespace SinergieComuni.Web.Pages.Backoffice.Search;

/// <summary>Editors keep the search synonyms: groups of words or phrases that should find each other.</summary>
public sealed class SynonymsModel(SinergieDbContext db, BackofficeActor actors, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SynonymGroup> Groups { get; private set; } = [];

    [BindProperty]
    public string? Phrases { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await actors.GetAsync()).IsEditor)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) => ChangeAsync(null, cancellationToken);

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) => ChangeAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsEditor)
        {
            return Forbid();
        }

        var group = await db.SynonymGroups.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is not null)
        {
            db.SynonymGroups.Remove(group);
            audit.Record(actor, AuditAction.SynonymsChange, null, $"Rimosso: {group.Phrases}");
            await db.SaveChangesAsync(cancellationToken);
        }

        StatusMessage = "Gruppo di sinonimi rimosso.";
        return Redirect("/backoffice/sinonimi");
    }

    private async Task<IActionResult> ChangeAsync(int? id, CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsEditor)
        {
            return Forbid();
        }

        var phrases = (Phrases ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var error = phrases.Count < 2 ? "Scrivi almeno due parole o espressioni, separate da virgole."
            : phrases.Any(p => p.Length > 100) ? "Ogni parola o espressione può avere al massimo 100 caratteri."
            : string.Join(", ", phrases).Length > 1000 ? "Il gruppo è troppo lungo: al massimo 1000 caratteri."
            : phrases.FirstOrDefault(p => ItalianAnalyzer.Terms(p).Count == 0) is { } empty ? $"«{empty}» contiene solo parole che la ricerca ignora (articoli, preposizioni)."
            : null;
        var group = id is null ? new SynonymGroup() : await db.SynonymGroups.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return NotFound();
        }

        if (error is not null)
        {
            ModelState.AddModelError(nameof(Phrases), error);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var before = group.Phrases;
        group.Phrases = string.Join(", ", phrases);
        group.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        group.UpdatedBy = actor.UserName;
        if (id is null)
        {
            db.SynonymGroups.Add(group);
        }

        audit.Record(actor, AuditAction.SynonymsChange, null, id is null ? $"Aggiunto: {group.Phrases}" : $"{before} → {group.Phrases}");
        await db.SaveChangesAsync(cancellationToken);
        StatusMessage = "Sinonimi salvati.";
        return Redirect("/backoffice/sinonimi");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Groups = await db.SynonymGroups.AsNoTracking().OrderBy(g => g.Phrases).ToListAsync(cancellationToken);
        ViewData["Title"] = "Sinonimi della ricerca";
    }
}
