using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>The items of one content type that the signed-in person may edit, newest changes first.</summary>
public sealed class ListModel(SinergieDbContext db, BackofficeActor actors) : PageModel
{
    public const int PageSize = 50;

    public ContentTypeDefinition Type { get; private set; } = null!;

    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public ContentActor Actor { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    /// <summary>For forms: how many entries of each listed form are still new.</summary>
    public IReadOnlyDictionary<Guid, int> NewEntries { get; private set; } = new Dictionary<Guid, int>();

    public async Task<IActionResult> OnGetAsync(string segment, CancellationToken cancellationToken)
    {
        var type = ContentTypes.FindBySegment(segment);
        if (type is null)
        {
            return NotFound();
        }

        Type = type;
        Actor = await actors.GetAsync();
        if (!Actor.IsEditor && !(Actor.IsPartner && type.PartnersMayEdit))
        {
            return Forbid();
        }

        var items = db.ContentItems.AsNoTracking().Where(i => i.ContentType == type.Key && i.DeletedUtc == null);
        if (!Actor.IsEditor)
        {
            items = items.Where(i => i.OrganisationId == Actor.OrganisationId);
        }

        if (!string.IsNullOrWhiteSpace(Query) && Query.Length <= 200)
        {
            var text = Query.Trim().ToLower();
            items = items.Where(i => i.Title.ToLower().Contains(text) || i.Slug.Contains(text));
        }

        Total = await items.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Items = await items.OrderByDescending(i => i.UpdatedUtc).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        if (type.Key == ContentTypes.Form && Items.Count > 0)
        {
            var ids = Items.Select(i => i.Id).ToList();
            NewEntries = await db.FormEntries.AsNoTracking()
                .Where(e => ids.Contains(e.FormId) && e.State == Features.Forms.EntryState.New)
                .GroupBy(e => e.FormId)
                .Select(g => new { FormId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.FormId, g => g.Count, cancellationToken);
        }

        ViewData["Title"] = type.PluralLabel;
        return Page();
    }
}
