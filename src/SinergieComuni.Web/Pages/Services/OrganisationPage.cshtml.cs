using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Services;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Services;

/// <summary>/organizzazioni/{slug}: a published organisation and the services it provides.</summary>
public sealed class OrganisationPageModel(PublishedContent published, ServiceCatalogue catalogue) : PageModel
{
    public OrganisationView Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var entry = ContentSlug.IsValid(slug)
            ? await published.FindBySlugAsync<OrganisationDocument>(ContentTypes.Organisation, slug, cancellationToken)
            : null;
        if (entry is null)
        {
            return NotFound();
        }

        Organisation = new OrganisationView(
            entry.Document,
            entry.Item.PublishedUtc ?? entry.Item.UpdatedUtc,
            await catalogue.ByOrganisationAsync(entry.Item.Id, cancellationToken));
        ViewData["Title"] = entry.Document.Title;
        ViewData["Updated"] = entry.Item.PublishedUtc ?? entry.Item.UpdatedUtc;
        ViewData["Description"] = $"{OrganisationView.KindLabel(entry.Document.Kind)}: contatti e servizi di {entry.Document.Title} nel catalogo di SinergieComuni.";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("La rete", "/la-rete"), new(entry.Document.Title) };
        return Page();
    }
}
