using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>Lists, adds and removes permanent redirects.</summary>
public sealed class RedirectManagerModel(SinergieDbContext db, BackofficeActor actors, Redirects redirects) : PageModel
{
    public IReadOnlyList<Redirect> Items { get; private set; } = [];

    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ContentPermissions.CanManageRedirects(await actors.GetAsync()))
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var result = await redirects.AddAsync(await actors.GetAsync(), From ?? "", To ?? "", cancellationToken);
        if (result.Outcome == WorkflowOutcome.Forbidden)
        {
            return Forbid();
        }

        if (result.Succeeded)
        {
            StatusMessage = result.Message;
            return Redirect("/backoffice/redirect");
        }

        foreach (var (key, messages) in result.Errors!)
        {
            messages.ForEach(m => ModelState.AddModelError(key, m));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        var result = await redirects.RemoveAsync(await actors.GetAsync(), id, cancellationToken);
        if (result.Outcome == WorkflowOutcome.Forbidden)
        {
            return Forbid();
        }

        StatusMessage = result.Message;
        return Redirect("/backoffice/redirect");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Items = await db.Redirects.AsNoTracking().OrderBy(r => r.FromPath).ToListAsync(cancellationToken);
        ViewData["Title"] = "Redirect";
    }
}
