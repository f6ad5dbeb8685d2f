using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Services;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>A version (the latest by default) shown exactly as the public page would show it, for people who may edit the item.</summary>
public sealed class PreviewModel(SinergieDbContext db, BackofficeActor actors, ServiceCardViews cardViews, ServiceCatalogue catalogue, Features.Documents.DocumentLibrary documents, Features.Editorial.EventViews eventViews, PageViews pageViews) : PageModel
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

    /// <summary>The library document as its public page shows it, when the item is a document.</summary>
    public Features.Documents.DocumentView? LibraryDocument { get; private set; }
    /// <summary>The news article as the public page shows it, when the item is a news item.</summary>
    public Features.Editorial.NewsArticleView? News { get; private set; }

    /// <summary>The event as the public page shows it, when the item is an event.</summary>
    public Features.Editorial.EventView? Event { get; private set; }

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
        else if (Document is Features.Documents.LibraryDocument libraryDocument)
        {
            LibraryDocument = await documents.ViewAsync(item, libraryDocument, version.CreatedUtc, preview: true, cancellationToken);
        }

        else if (Document is Features.Editorial.NewsDocument news)
        {
            News = new Features.Editorial.NewsArticleView(news, news.NewsDate ?? DateOnly.FromDateTime(version.CreatedUtc.ToRomeTime()), []);
        }
        else if (Document is Features.Editorial.EventDocument eventDocument)
        {
            Event = await eventViews.BuildAsync(eventDocument, null, cancellationToken);
        }

        ViewData["Title"] = $"Anteprima: {Document.Title}";
        ViewData["Preview"] = true;
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return Page();
    }
}
