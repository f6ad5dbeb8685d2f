using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>A version (the latest by default) shown exactly as the public page would show it, for people who may edit the item.</summary>
public sealed class PreviewModel(SinergieDbContext db, BackofficeActor actors) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public ContentVersion Version { get; private set; } = null!;

    public IContentDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "versione")] int? versionNumber, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        var type = ContentTypes.Find(item?.ContentType);
        if (item is null || type is null)
        {
            return NotFound();
        }

        var actor = await actors.GetAsync();
        if (!(actor.IsEditor || ContentPermissions.CanView(actor, type, item)))
        {
            return Forbid();
        }

        var number = versionNumber ?? item.LatestVersion;
        var version = await db.ContentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ItemId == id && v.Number == number, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        Item = item;
        Version = version;
        Document = ContentJson.Deserialize(version.DataJson, type.DocumentType);
        ViewData["Title"] = $"Anteprima: {Document.Title}";
        ViewData["Preview"] = true;
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return Page();
    }
}
