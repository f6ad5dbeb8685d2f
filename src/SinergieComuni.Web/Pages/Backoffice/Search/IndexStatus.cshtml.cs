using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Search;

namespace SinergieComuni.Web.Pages.Backoffice.Search;

/// <summary>/backoffice/ricerca: the state of the search indexes and a rebuild with its progress, for editors.</summary>
public sealed class IndexStatusModel(SinergieDbContext db, SearchRebuilder rebuilder, SearchRebuildRunner runner, BackofficeActor actors) : PageModel
{
    public SearchState State { get; private set; } = new();

    public bool Running { get; private set; }

    public int PublicEntries { get; private set; }

    public int DraftEntries { get; private set; }

    public int Words { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!(await actors.GetAsync()).IsEditor)
        {
            return Forbid();
        }

        State = await rebuilder.StateAsync(cancellationToken);
        Running = rebuilder.IsRunning(State);
        var active = State.ActiveGeneration;
        PublicEntries = await db.SearchEntries.CountAsync(e => e.Generation == active && e.Scope == SearchScope.Public, cancellationToken);
        DraftEntries = await db.SearchEntries.CountAsync(e => e.Generation == active && (e.Scope == SearchScope.Drafts || e.CoversDrafts), cancellationToken);
        Words = await db.SearchWords.CountAsync(cancellationToken);
        ViewData["Title"] = "Indice di ricerca";
        return Page();
    }

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken cancellationToken)
    {
        if (!(await actors.GetAsync()).IsEditor)
        {
            return Forbid();
        }

        var state = await rebuilder.StateAsync(cancellationToken);
        StatusMessage = rebuilder.IsRunning(state) || !runner.TryStart()
            ? "Una ricostruzione è già in corso: puoi seguirne l'avanzamento qui sotto."
            : "Ricostruzione avviata. La ricerca continua a funzionare con l'indice attuale finché quello nuovo non è pronto.";
        return Redirect("/backoffice/ricerca");
    }
}
