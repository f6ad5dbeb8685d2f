using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Pages.Backoffice;

/// <summary>The backoffice home: what waits for approval, what was sent back, what is scheduled.</summary>
public sealed class IndexModel(SinergieDbContext db, BackofficeActor actors) : PageModel
{
    public ContentActor Actor { get; private set; } = null!;

    public IReadOnlyList<string> RoleLabels { get; private set; } = [];

    public IReadOnlyList<ContentItem> ToApprove { get; private set; } = [];

    public IReadOnlyList<ContentItem> SentBack { get; private set; } = [];

    public IReadOnlyList<ContentItem> Scheduled { get; private set; } = [];

    public IReadOnlyList<ContentItem> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Actor = await actors.GetAsync();
        RoleLabels = [.. Actor.Roles.Select(Roles.Label)];
        ViewData["Title"] = "Bacheca";
        if (!Actor.IsEditor && !Actor.IsPartner)
        {
            return;
        }

        var items = db.ContentItems.AsNoTracking().Where(i => i.DeletedUtc == null);
        if (!Actor.IsEditor)
        {
            items = items.Where(i => i.OrganisationId == Actor.OrganisationId);
        }

        ToApprove = await items.Where(i => i.ReviewState == ReviewState.Submitted).OrderBy(i => i.UpdatedUtc).Take(50).ToListAsync(cancellationToken);
        SentBack = await items.Where(i => i.ReviewState == ReviewState.SentBack).OrderByDescending(i => i.UpdatedUtc).Take(50).ToListAsync(cancellationToken);
        Scheduled = await items.Where(i => i.PublishAtUtc != null || i.UnpublishAtUtc != null).OrderBy(i => i.PublishAtUtc ?? i.UnpublishAtUtc).Take(50).ToListAsync(cancellationToken);
        Recent = await items.OrderByDescending(i => i.UpdatedUtc).Take(10).ToListAsync(cancellationToken);
    }

    public static string EditorPath(ContentItem item) => $"/backoffice/{ContentTypes.Get(item.ContentType).BackofficeSegment}/{item.Id}";
}
