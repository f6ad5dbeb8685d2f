using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>A version (the latest by default) shown exactly as the public page would show it, for people who may edit the item.</summary>
public sealed class PreviewModel(SinergieDbContext db, BackofficeActor actors, ServiceCardViews cardViews, ServiceCatalogue catalogue, PageViews pageViews) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public ContentVersion Version { get; private set; } = null!;

    public IContentDocument Document { get; private set; } = null!;

    /// <summary>The service card as the public page shows it, when the item is a card.</summary>
    public ServiceCardView? Card { get; private set; }

    /// <summary>The page with what its blocks show, when the item is a page.</summary>
    public PageView? PageDisplay { get; private set; }

    /// <summary>The organisation as the public page shows it, when the item is an organisation.</summary>
    public OrganisationView? Organisation { get; private set; }

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
        if (Document is ServiceCardDocument card)
        {
            Card = await cardViews.BuildAsync(card, version.CreatedUtc, preview: true, cancellationToken);
        }
        else if (Document is PageDocument page)
        {
            PageDisplay = await pageViews.BuildAsync(page, version.CreatedUtc, cancellationToken);
        }
        else if (Document is OrganisationDocument organisation)
        {
            Organisation = new OrganisationView(organisation, version.CreatedUtc, await catalogue.ByOrganisationAsync(item.Id, cancellationToken));
        }

        ViewData["Title"] = $"Anteprima: {Document.Title}";
        ViewData["Preview"] = true;
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return Page();
    }
}
