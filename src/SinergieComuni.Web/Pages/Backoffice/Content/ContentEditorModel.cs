using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>
/// What every content editor page does: load the latest version, save (and publish or submit), and the workflow
/// actions of the side panel. Each type's page adds only its fields. The workflow enforces every permission.
/// </summary>
public abstract class ContentEditorModel<TDocument>(PublishWorkflow workflow, BackofficeActor actors, SinergieDbContext db) : PageModel, IContentEditor
    where TDocument : class, IContentDocument, new()
{
    protected abstract string ContentTypeKey { get; }

    public ContentTypeDefinition Type => ContentTypes.Get(ContentTypeKey);

    [BindProperty]
    public TDocument Document { get; set; } = new();

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public WorkflowInput Workflow { get; set; } = new();

    public ContentItem? Item { get; private set; }

    public ContentActor Actor { get; private set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public bool Conflict { get; private set; }

    public string EditorPath(Guid id) => $"/backoffice/{Type.BackofficeSegment}/{id}";

    /// <summary>Where the editor form posts: the item's address, or the "new" address.</summary>
    public string FormPath => Item is null ? $"/backoffice/{Type.BackofficeSegment}/nuova" : EditorPath(Item.Id);

    public Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken) => OnGetAsync(id, cancellationToken, reloadDocument: true);

    /// <summary>Shows the editor; <paramref name="reloadDocument"/> false keeps the posted values (rows added, errors).</summary>
    protected async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken, bool reloadDocument)
    {
        Actor = await actors.GetAsync();
        if (id is null)
        {
            if (!ContentPermissions.CanCreate(Actor, Type))
            {
                return Forbid();
            }

            return reloadDocument ? await PrepareNewAsync(cancellationToken) : await ShowAsync(cancellationToken);
        }

        var loaded = await LoadAsync(id.Value, cancellationToken);
        if (loaded is not null)
        {
            return loaded;
        }

        if (!reloadDocument)
        {
            return await ShowAsync(cancellationToken);
        }

        var latest = await db.ContentVersions.AsNoTracking()
            .FirstAsync(v => v.ItemId == Item!.Id && v.Number == Item.LatestVersion, cancellationToken);
        Document = ContentJson.Deserialize<TDocument>(latest.DataJson);
        Revision = Item!.Revision;
        return await ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken) => SaveAsync(id, then: null, cancellationToken);

    public Task<IActionResult> OnPostSaveAndPublishAsync(Guid? id, CancellationToken cancellationToken) =>
        SaveAsync(id, (actor, itemId, ct) => workflow.PublishAsync(actor, itemId, null, ct), cancellationToken);

    public Task<IActionResult> OnPostSaveAndSubmitAsync(Guid? id, CancellationToken cancellationToken) =>
        SaveAsync(id, (actor, itemId, ct) => workflow.SubmitAsync(actor, itemId, null, ct), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, (actor, ct) => workflow.PublishAsync(actor, id, Revision, ct), cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, (actor, ct) => workflow.UnpublishAsync(actor, id, Revision, ct), cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, (actor, ct) => workflow.SubmitAsync(actor, id, Revision, ct), cancellationToken);

    public Task<IActionResult> OnPostSendBackAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, (actor, ct) => workflow.SendBackAsync(actor, id, Workflow.Comment ?? "", Revision, ct), cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, (actor, ct) => workflow.DeleteAsync(actor, id, Revision, ct), cancellationToken, afterwards: "/backoffice/cestino");

    public Task<IActionResult> OnPostCancelScheduleAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, (actor, ct) => workflow.ScheduleAsync(actor, id, null, null, Revision, ct), cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(Guid id, CancellationToken cancellationToken)
    {
        var unreadable = ModelState.Where(e => e.Key.StartsWith("Workflow.", StringComparison.Ordinal) && e.Value is { Errors.Count: > 0 })
            .Select(e => e.Value!.Errors[0].ErrorMessage).FirstOrDefault();
        if (unreadable is not null)
        {
            return ActAsync(id, (_, _) => Task.FromResult(WorkflowResult.Invalid("Workflow.PublishAt", unreadable)), cancellationToken);
        }

        var publishAt = RomeInput.ToUtc(Workflow.PublishAt, out var publishError);
        var unpublishAt = RomeInput.ToUtc(Workflow.UnpublishAt, out var unpublishError);
        if ((publishError ?? unpublishError) is { } error)
        {
            return ActAsync(id, (_, _) => Task.FromResult(WorkflowResult.Invalid("Workflow.PublishAt", error)), cancellationToken);
        }

        return ActAsync(id, (actor, ct) => workflow.ScheduleAsync(actor, id, publishAt, unpublishAt, Revision, ct), cancellationToken);
    }

    /// <summary>Work to do on the posted document just before it is saved (for example storing uploads); false shows the errors.</summary>
    protected virtual Task<bool> BeforeSaveAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>Undoes <see cref="BeforeSaveAsync"/> when the save is refused, so nothing is left half-stored.</summary>
    protected virtual Task SaveFailedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A new item's defaults (for example the partner's own organisation).</summary>
    protected virtual Task<IActionResult> PrepareNewAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    /// <summary>Loads what the type's form needs (lists to choose from) before showing the page.</summary>
    protected virtual Task LoadChoicesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        ViewData["Title"] = Item is null ? Type.NewLabel : Document.Title;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.ContentType == ContentTypeKey, cancellationToken);
        if (Item is null || Item.IsDeleted)
        {
            return NotFound();
        }

        return ContentPermissions.CanView(Actor, Type, Item) ? null : Forbid();
    }

    private async Task<IActionResult> SaveAsync(Guid? id, Func<ContentActor, Guid, CancellationToken, Task<WorkflowResult>>? then, CancellationToken cancellationToken)
    {
        Actor = await actors.GetAsync();
        if (id is not null && await LoadAsync(id.Value, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (id is null && !ContentPermissions.CanCreate(Actor, Type))
        {
            return Forbid();
        }

        RemoveUnrelatedState(nameof(Document));
        if (!ModelState.IsValid || !await BeforeSaveAsync(cancellationToken))
        {
            return await ShowAsync(cancellationToken);
        }

        var saved = id is null
            ? await workflow.CreateAsync(Actor, ContentTypeKey, Document, cancellationToken)
            : await workflow.SaveAsync(Actor, id.Value, Document, Revision, cancellationToken);
        if (!saved.Succeeded)
        {
            await SaveFailedAsync(cancellationToken);
            return await ShowProblemAsync(saved, nameof(Document), cancellationToken);
        }

        var message = saved.Message;
        if (then is not null)
        {
            var next = await then(Actor, saved.ItemId!.Value, cancellationToken);
            message = next.Succeeded ? next.Message : $"{saved.Message} {next.Message}";
        }

        StatusMessage = message;
        return Redirect(EditorPath(saved.ItemId!.Value));
    }

    private async Task<IActionResult> ActAsync(Guid id, Func<ContentActor, CancellationToken, Task<WorkflowResult>> action, CancellationToken cancellationToken, string? afterwards = null)
    {
        Actor = await actors.GetAsync();
        if (await LoadAsync(id, cancellationToken) is { } problem && Item is null)
        {
            return problem;
        }

        var result = await action(Actor, cancellationToken);
        if (result.Succeeded)
        {
            StatusMessage = result.Message;
            return Redirect(afterwards ?? EditorPath(id));
        }

        // Show the item as stored, with the reason the action was refused.
        ModelState.Clear();
        Item = await db.ContentItems.AsNoTracking().FirstAsync(i => i.Id == id, cancellationToken);
        var latest = await db.ContentVersions.AsNoTracking().FirstAsync(v => v.ItemId == id && v.Number == Item.LatestVersion, cancellationToken);
        Document = ContentJson.Deserialize<TDocument>(latest.DataJson);
        Revision = Item.Revision;
        return await ShowProblemAsync(result, "", cancellationToken);
    }

    private async Task<IActionResult> ShowProblemAsync(WorkflowResult result, string prefix, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case WorkflowOutcome.NotFound:
                return NotFound();
            case WorkflowOutcome.Forbidden:
                return Forbid();
            case WorkflowOutcome.Conflict:
                Conflict = true;
                ModelState.AddModelError(string.Empty, result.Message!);
                break;
            default:
                foreach (var (key, messages) in result.Errors ?? new Dictionary<string, List<string>>())
                {
                    var field = key.StartsWith("Workflow.", StringComparison.Ordinal) || prefix.Length == 0 ? key : key.Length == 0 ? prefix : $"{prefix}.{key}";
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(field, message);
                    }
                }

                if (result.Errors is null && result.Message is not null)
                {
                    ModelState.AddModelError(string.Empty, result.Message);
                }

                break;
        }

        return await ShowAsync(cancellationToken);
    }

    private void RemoveUnrelatedState(string keep)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(keep, StringComparison.Ordinal) && k != nameof(Revision)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    public sealed class WorkflowInput
    {
        public string? Comment { get; set; }

        /// <summary>Europe/Rome local date and time from a datetime-local field.</summary>
        public DateTime? PublishAt { get; set; }

        public DateTime? UnpublishAt { get; set; }
    }
}
