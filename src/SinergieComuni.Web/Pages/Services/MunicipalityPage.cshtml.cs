using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Navigation;
using SinergieComuni.Web.Features.Services;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Services;

/// <summary>/comuni/{slug}: the published services that serve a municipality of the district or have a venue there.</summary>
public sealed class MunicipalityPageModel(Taxonomy taxonomy, ServiceCatalogue catalogue) : PageModel
{
    public TaxonomyTerm Municipality { get; private set; } = null!;

    public CataloguePage Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, [FromServices] PublishedContent published, CancellationToken cancellationToken)
    {
        var municipality = (await taxonomy.TermsAsync(Vocabularies.Municipality, cancellationToken)).FirstOrDefault(t => t.Key == slug);
        if (municipality is null)
        {
            return NotFound();
        }

        Municipality = municipality;
        Results = CataloguePage.Of(await catalogue.ByMunicipalityAsync(municipality.Key, cancellationToken), pageNumber);
        ViewData["Title"] = $"Servizi a {municipality.Label}";
        ViewData["Updated"] = await published.LatestPublishedUtcAsync([ContentTypes.Service], cancellationToken);
        ViewData["Description"] = $"I servizi per la conciliazione vita-lavoro disponibili per chi vive o lavora a {municipality.Label}.";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Il territorio", "/il-territorio"), new(municipality.Label) };
        return Page();
    }
}
