using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Services;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Services;

/// <summary>/servizi/{slug}: the published card of one service.</summary>
public sealed class ServicePageModel(PublishedContent published, ServiceCardViews views) : PageModel
{
    public ServiceCardView Card { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var entry = ContentSlug.IsValid(slug)
            ? await published.FindBySlugAsync<ServiceCardDocument>(ContentTypes.Service, slug, cancellationToken)
            : null;
        if (entry is null)
        {
            // Not found: the site's 404 handling also follows redirects left by renamed slugs.
            return NotFound();
        }

        Card = await views.BuildAsync(entry.Document, entry.Item.PublishedUtc ?? entry.Item.UpdatedUtc, preview: false, cancellationToken);
        ViewData["Title"] = entry.Document.Title;
        ViewData["Description"] = entry.Document.ShortDescription;
        ViewData["Updated"] = entry.Item.PublishedUtc ?? entry.Item.UpdatedUtc;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb>
        {
            new("Servizi", "/servizi"),
            new(Card.CategoryLabel, "/servizi?categoria=" + Uri.EscapeDataString(entry.Document.Category)),
            new(entry.Document.Title),
        };
        return Page();
    }
}
