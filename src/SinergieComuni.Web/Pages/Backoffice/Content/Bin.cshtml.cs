using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>The recycle bin: deleted items, restorable by editors; emptied only by administrators.</summary>
public sealed class BinModel(SinergieDbContext db, BackofficeActor actors, PublishWorkflow workflow) : PageModel
{
    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public ContentActor Actor { get; private set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Actor = await actors.GetAsync();
        if (!Actor.IsEditor)
        {
            return Forbid();
        }

        Items = await db.ContentItems.AsNoTracking().Where(i => i.DeletedUtc != null).OrderByDescending(i => i.DeletedUtc).ToListAsync(cancellationToken);
        ViewData["Title"] = "Cestino";
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken cancellationToken) =>
        Outcome(await workflow.RestoreAsync(await actors.GetAsync(), id, cancellationToken));

    public async Task<IActionResult> OnPostPurgeAsync(Guid id, CancellationToken cancellationToken) =>
        Outcome(await workflow.PurgeAsync(await actors.GetAsync(), id, cancellationToken));

    public async Task<IActionResult> OnPostEmptyAsync(CancellationToken cancellationToken) =>
        Outcome(await workflow.PurgeAsync(await actors.GetAsync(), null, cancellationToken));

    private IActionResult Outcome(WorkflowResult result)
    {
        switch (result.Outcome)
        {
            case WorkflowOutcome.Forbidden:
                return Forbid();
            case WorkflowOutcome.NotFound:
                return NotFound();
            default:
                StatusMessage = result.Message;
                return Redirect("/backoffice/cestino");
        }
    }
}
