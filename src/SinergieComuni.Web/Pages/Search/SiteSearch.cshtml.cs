using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Navigation;
using SinergieComuni.Web.Features.Search;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Search;

/// <summary>/cerca: the whole public site (services, pages, organisations) from the header's search button.</summary>
public sealed class SiteSearchModel(SearchService search) : PageModel
{
    public const int PageSize = 15;

    public SearchResults? Results { get; private set; }

    public string? Query { get; private set; }

    public string Type { get; private set; } = "tutti";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public static IReadOnlyList<(string Value, string Label)> TypeChoices { get; } =
        [("tutti", "Tutto il sito"), ("servizio", "Servizi"), ("pagina", "Pagine"), ("organizzazione", "Organizzazioni")];

    public async Task OnGetAsync([FromServices] PublishedContent published, CancellationToken cancellationToken)
    {
        // What the search can find changes with every publication.
        ViewData["Updated"] = await published.LatestPublishedUtcAsync(Features.Content.ContentTypes.All.Select(t => t.Key), cancellationToken);
        ViewData["Title"] = "Cerca nel sito";
        ViewData["Description"] = "Cerca tra i servizi, le pagine e le organizzazioni della rete SinergieComuni.";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Cerca nel sito") };

        var query = Request.Query.Where(p => p.Key is "q" or "tipo" or "page").ToList();
        if (!Request.Query.ContainsKey("tipo"))
        {
            query.Add(new("tipo", "tutti"));
        }

        var (request, errors) = SearchRequest.Parse(query, strictPaging: false);
        Errors = [.. errors.Values.SelectMany(e => e)];
        Query = request.Text;
        Type = TypeChoices.Any(t => t.Value == Request.Query["tipo"].ToString()) ? Request.Query["tipo"].ToString() : "tutti";
        if (errors.Count > 0 || string.IsNullOrWhiteSpace(request.Text))
        {
            return;
        }

        request.PageSize = PageSize;
        request.IncludeFacets = false;
        Results = await search.SearchAsync(request, cancellationToken);
    }

    public static string TypeLabel(string contentType) => contentType switch
    {
        Features.Content.ContentTypes.Service => "Servizio",
        Features.Content.ContentTypes.Organisation => "Organizzazione",
        _ => "Pagina",
    };
}
