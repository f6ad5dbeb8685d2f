using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Navigation;
using SinergieComuni.Web.Features.Search;
using SinergieComuni.Web.Features.Services;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Services;

/// <summary>
/// /servizi: the search over the published service cards, twelve a page, with text, facets, age, "aperto ora",
/// distance and sorting in the query string. Bad parameters are reported in Italian and the rest of the search still runs.
/// </summary>
public partial class CatalogueModel(SearchService search, Taxonomy taxonomy) : PageModel
{
    public const string Path = "/servizi";
    public const int PageSize = 12;

    /// <summary>The facets offered as groups of checkboxes, with their legends.</summary>
    public static IReadOnlyList<(string Name, string Legend)> FacetGroups { get; } =
    [
        (SearchFacets.Category, "Categoria"),
        (SearchFacets.Municipality, "Comune"),
        (SearchFacets.TargetGroup, "Destinatari"),
        (SearchFacets.Cost, "Costo"),
        (SearchFacets.Language, "Lingua"),
    ];

    private List<KeyValuePair<string, string>> filters = [];

    public SearchRequest Criteria { get; private set; } = new();

    public SearchResults Results { get; private set; } = null!;

    /// <summary>The category the list is limited to, when the address names exactly one known category.</summary>
    public TaxonomyTerm? Category { get; private set; }

    /// <summary>What the search box and the age field show: the typed text, even when it was refused.</summary>
    public string? QueryText { get; private set; }

    public string? AgeText { get; private set; }

    /// <summary>Every selected filter with its label and the address of the same search without it.</summary>
    public IReadOnlyList<(string Label, string RemoveUrl)> ActiveFilters { get; private set; } = [];

    /// <summary>The taxonomy, for pages built on this one.</summary>
    protected Taxonomy Terms => taxonomy;

    /// <summary>Where this search lives: its form posts there and its links point there.</summary>
    public virtual string BasePath => Path;

    /// <summary>Whether the filter panel carries the point (lat, lng, raggioKm) as hidden fields.</summary>
    public virtual bool PointInFilters => true;

    /// <summary>The query string the search is read from (the map page adds the point of "Vicino a").</summary>
    protected virtual Task<IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>> QueryAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>>(Request.Query);

    /// <summary>The parameters every link of the page carries (the map page names its place instead of a point).</summary>
    protected virtual List<KeyValuePair<string, string>> LinkParameters(List<KeyValuePair<string, string>> parameters) => parameters;

    /// <summary>After the search: what a page built on this one adds to the view.</summary>
    protected virtual Task AfterSearchAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task OnGetAsync([FromServices] PublishedContent published, CancellationToken cancellationToken)
    {
        // The list changes when a service card is published: its latest publication dates the page.
        ViewData["Updated"] = await published.LatestPublishedUtcAsync([ContentTypes.Service], cancellationToken);
        // Only services are listed here, whatever "tipo" says (the site search at /cerca covers the rest).
        var (request, errors) = SearchRequest.Parse((await QueryAsync(cancellationToken)).Where(p => p.Key != "tipo"), strictPaging: false);
        foreach (var (parameter, messages) in errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(parameter, message);
            }
        }

        request.PageSize = PageSize;
        Criteria = request;
        QueryText = LastValue("q");
        AgeText = request.Age?.Value ?? LastValue(SearchFacets.Age);
        Results = await search.SearchAsync(request, cancellationToken);
        if (Results.Page > Results.PageCount)
        {
            // A page past the end shows the last one, as the unfiltered list always did.
            request.Page = int.MaxValue;
            Results = await search.SearchAsync(request, cancellationToken);
        }

        filters = LinkParameters(Parameters(request));
        ActiveFilters = ActiveFiltersOf(request);

        var categories = request.Values(SearchFacets.Category);
        Category = categories.Count == 1
            ? (await taxonomy.TermsAsync(Vocabularies.Category, cancellationToken)).FirstOrDefault(t => t.Key == categories[0])
            : null;
        ViewData["Title"] = Category is null ? "Servizi" : $"{Category.Label} – Servizi";
        ViewData["Description"] = Category is null
            ? "Cerca tra i servizi per la conciliazione vita-lavoro nei 9 comuni del Distretto Sociale Sud Est Milano."
            : $"I servizi della categoria «{Category.Label}» nei 9 comuni del Distretto Sociale Sud Est Milano.";
        ViewData[Breadcrumb.ViewDataKey] = Category is null
            ? new List<Breadcrumb> { new("Servizi") }
            : new List<Breadcrumb> { new("Servizi", Path), new(Category.Label) };
        await AfterSearchAsync(cancellationToken);
    }

    /// <summary>The sorts that make sense for this search, as (query value, label).</summary>
    public IReadOnlyList<(string Value, string Label)> SortChoices()
    {
        var choices = new List<(string, string)>();
        if (Criteria.Text is not null || Criteria.Sort == SearchSort.Relevance)
        {
            choices.Add(("rilevanza", "Rilevanza"));
        }

        choices.Add(("nome", "Nome (A-Z)"));
        choices.Add(("aggiornamento", "Aggiornati di recente"));
        if (Criteria.HasPoint || Criteria.Sort == SearchSort.Distance)
        {
            choices.Add(("distanza", "Distanza"));
        }

        return choices;
    }

    public static string SortValue(SearchSort sort) => sort switch
    {
        SearchSort.Relevance => "rilevanza",
        SearchSort.Updated => "aggiornamento",
        SearchSort.Distance => "distanza",
        _ => "nome",
    };

    /// <summary>The sort a search gets when the address names none: the script leaves it out of the addresses it builds.</summary>
    public string DefaultSort => SortValue(Criteria.Text is not null ? SearchSort.Relevance : Criteria.HasPoint ? SearchSort.Distance : SearchSort.Name);

    /// <summary>The address of a page of this search: page 1 has no page number, and without filters it is plain /servizi.</summary>
    public string PageUrl(int page) =>
        Link(page == 1 ? filters : [.. filters, new("page", page.ToString(CultureInfo.InvariantCulture))]);

    /// <summary>The same search on the map page (without its page number).</summary>
    public string MapUrl => Link(filters, MapPageModel.Path);

    /// <summary>What the live region says of the results: how many, how found, which page.</summary>
    public string StatusText
    {
        get
        {
            var status = Results.Total switch
            {
                0 => "Nessun servizio trovato",
                1 => "1 servizio trovato",
                var n => $"{n.ToString("N0", CultureInfo.GetCultureInfo("it-IT"))} servizi trovati",
            };
            return status
                + (Results.AnyWord ? " con almeno una delle parole cercate" : "")
                + StatusDetail
                + (Results.PageCount > 1 ? $", pagina {Results.Page} di {Results.PageCount}" : "");
        }
    }

    /// <summary>What a page built on this one adds to the status, before the page number.</summary>
    protected virtual string StatusDetail => "";

    /// <summary>The same search without any filter: the words typed are kept.</summary>
    public string ClearFiltersUrl => Link(filters.Where(p => p.Key == "q"));

    public static string CheckboxId(string facet, string value) => $"f-{facet}-{UnsafeIdCharacters().Replace(value, "-")}";

    public static string Distance(double kilometres) => kilometres < 0.1
        ? "a meno di 100 m"
        : $"a {kilometres.ToString("0.0", CultureInfo.GetCultureInfo("it-IT"))} km";

    private string? LastValue(string name) =>
        Request.Query[name].LastOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    protected string Link(IEnumerable<KeyValuePair<string, string>> parameters, string? path = null)
    {
        path ??= BasePath;
        var query = string.Join("&", parameters.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        return query.Length == 0 ? path : path + "?" + query;
    }

    /// <summary>The search's valid parameters in a fixed order, without the page: the base of every link the page builds.</summary>
    private static List<KeyValuePair<string, string>> Parameters(SearchRequest request)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        if (request.Text is not null)
        {
            parameters.Add(new("q", request.Text));
        }

        foreach (var (facet, _) in SearchFacets.ValueFacets)
        {
            parameters.AddRange(request.Values(facet).Select(v => new KeyValuePair<string, string>(facet, v)));
        }

        if (request.Age is { } age)
        {
            parameters.Add(new(SearchFacets.Age, age.Value));
        }

        if (request.OpenNow)
        {
            parameters.Add(new(SearchFacets.OpenNow, "true"));
        }

        if (request.HasPoint)
        {
            parameters.Add(new("lat", request.Latitude!.Value.ToString("R", CultureInfo.InvariantCulture)));
            parameters.Add(new("lng", request.Longitude!.Value.ToString("R", CultureInfo.InvariantCulture)));
        }

        if (request.RadiusKm is { } radius)
        {
            parameters.Add(new("raggioKm", radius.ToString("R", CultureInfo.InvariantCulture)));
        }

        if (request.Bounds is { } bounds)
        {
            parameters.Add(new("bbox", bounds.ToString()));
        }

        if (request.Sort is { } sort)
        {
            parameters.Add(new("sort", SortValue(sort)));
        }

        return parameters;
    }

    private List<(string Label, string RemoveUrl)> ActiveFiltersOf(SearchRequest request)
    {
        string Without(Func<KeyValuePair<string, string>, bool> removed) => Link(filters.Where(p => !removed(p)));
        var active = new List<(string, string)>();
        foreach (var (facet, legend) in FacetGroups)
        {
            var labels = Results.Facets.TryGetValue(facet, out var counts) ? counts : [];
            foreach (var value in request.Values(facet))
            {
                var label = labels.FirstOrDefault(c => c.Value == value)?.Label ?? value;
                active.Add(($"{legend}: {label}", Without(p => p.Key == facet && p.Value == value)));
            }
        }

        if (request.Age is { } age)
        {
            active.Add(($"Età: {age.Label}", Without(p => p.Key == SearchFacets.Age)));
        }

        if (request.OpenNow)
        {
            active.Add(("Aperto ora", Without(p => p.Key == SearchFacets.OpenNow)));
        }

        if (request.HasPoint)
        {
            // Sorting by distance needs the point, so it goes with it.
            var label = request.RadiusKm is { } radius
                ? $"Entro {radius.ToString("0.#", CultureInfo.GetCultureInfo("it-IT"))} km dal punto indicato"
                : "Vicino al punto indicato";
            active.Add((label, Without(p => p.Key is "lat" or "lng" or "raggioKm" || p is { Key: "sort", Value: "distanza" })));
        }

        if (request.Bounds is not null)
        {
            active.Add(("Nella zona mostrata sulla mappa", Without(p => p.Key == "bbox")));
        }

        return active;
    }

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex UnsafeIdCharacters();
}
