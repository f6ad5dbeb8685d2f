using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Services;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Services;

/// <summary>/servizi: every published service card, twelve a page, optionally of one category.</summary>
public sealed class CatalogueModel(ServiceCatalogue catalogue, Taxonomy taxonomy) : PageModel
{
    public CataloguePage Results { get; private set; } = null!;

    /// <summary>The category the list is limited to, when the address names a known one.</summary>
    public TaxonomyTerm? Category { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] string? pageNumber, [FromQuery(Name = "categoria")] string? category, CancellationToken cancellationToken)
    {
        Category = string.IsNullOrEmpty(category)
            ? null
            : (await taxonomy.TermsAsync(Vocabularies.Category, cancellationToken)).FirstOrDefault(t => t.Key == category);
        var services = Category is null
            ? await catalogue.AllAsync(cancellationToken)
            : await catalogue.ByCategoryAsync(Category.Key, cancellationToken);
        Results = CataloguePage.Of(services, pageNumber);

        ViewData["Title"] = Category is null ? "Servizi" : $"{Category.Label} – Servizi";
        ViewData["Description"] = Category is null
            ? "Il catalogo dei servizi per la conciliazione vita-lavoro nei 9 comuni del Distretto Sociale Sud Est Milano."
            : $"I servizi della categoria «{Category.Label}» nei 9 comuni del Distretto Sociale Sud Est Milano.";
        ViewData[Breadcrumb.ViewDataKey] = Category is null
            ? new List<Breadcrumb> { new("Servizi") }
            : new List<Breadcrumb> { new("Servizi", "/servizi"), new(Category.Label) };
    }
}
