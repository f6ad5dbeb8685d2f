using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>Every version of an item with author and time, the differences between two of them, and rollback.</summary>
public sealed class HistoryModel(SinergieDbContext db, BackofficeActor actors, PublishWorkflow workflow) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public ContentTypeDefinition Type { get; private set; } = null!;

    public IReadOnlyList<ContentVersion> Versions { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "da")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "a")]
    public int? To { get; set; }

    public IReadOnlyList<VersionComparer.Change>? Changes { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public bool CanRollback { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (From is { } from && To is { } to)
        {
            var before = Versions.FirstOrDefault(v => v.Number == from);
            var after = Versions.FirstOrDefault(v => v.Number == to);
            if (before is null || after is null)
            {
                ModelState.AddModelError(string.Empty, "Scegli due versioni che esistono.");
            }
            else
            {
                Changes = VersionComparer.Compare(Type.DocumentType, before.DataJson, after.DataJson);
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(Guid id, int version, int revision, CancellationToken cancellationToken)
    {
        var result = await workflow.RollbackAsync(await actors.GetAsync(), id, version, revision, cancellationToken);
        switch (result.Outcome)
        {
            case WorkflowOutcome.Done:
                StatusMessage = result.Message;
                return Redirect($"/backoffice/cronologia/{id}");
            case WorkflowOutcome.NotFound:
                return NotFound();
            case WorkflowOutcome.Forbidden:
                return Forbid();
            default:
                if (await LoadAsync(id, cancellationToken) is { } problem)
                {
                    return problem;
                }

                foreach (var message in result.Errors?.Values.SelectMany(m => m) ?? [result.Message ?? "Operazione non riuscita."])
                {
                    ModelState.AddModelError(string.Empty, message);
                }

                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        var type = ContentTypes.Find(item?.ContentType);
        if (item is null || type is null)
        {
            return NotFound();
        }

        var actor = await actors.GetAsync();
        if (!actor.IsEditor && !ContentPermissions.CanView(actor, type, item))
        {
            return Forbid();
        }

        Item = item;
        Type = type;
        CanRollback = ContentPermissions.CanEdit(actor, type, item);
        Versions = await db.ContentVersions.AsNoTracking().Where(v => v.ItemId == id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        ViewData["Title"] = $"Cronologia: {item.Title}";
        return null;
    }
}
