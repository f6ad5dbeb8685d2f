using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using SinergieComuni.Web.Features.Maps;
using SinergieComuni.Web.Features.Search;
using SinergieComuni.Web.Features.Services;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Services;

/// <summary>
/// /mappa: the search of /servizi (same filters, same list) beside a map of the venues. "Vicino a" a municipality
/// (vicinoA) or to the visitor's position (lat, lng) sorts by distance, with an optional radius; bbox limits the list
/// to the area shown on the map ("Cerca in questa zona"). The list alone works without JavaScript.
/// </summary>
public sealed class MapPageModel(SearchService search, Taxonomy taxonomy, IOptions<MapOptions> options) : CatalogueModel(search, taxonomy)
{
    public new const string Path = "/mappa";

    /// <summary>The radius choices in km.</summary>
    public static IReadOnlyList<int> Radii { get; } = [1, 2, 5, 10, 20];

    /// <summary>Colours for the categories in taxonomy order, distinguishable and with 3:1 contrast on the map's light background.</summary>
    private static readonly string[] Palette =
        ["#0066cc", "#b3261e", "#00796b", "#7b1fa2", "#c25700", "#2e7d32", "#ad1457", "#455a64", "#5d4037", "#1565c0", "#8d6e00", "#006064"];

    public override string BasePath => Path;

    public override bool PointInFilters => false;

    public MapOptions Map => options.Value;

    public IReadOnlyList<TaxonomyTerm> Municipalities { get; private set; } = [];

    /// <summary>The municipality of "Vicino a", when that is where the point comes from.</summary>
    public TaxonomyTerm? Near { get; private set; }

    /// <summary>The point came from the visitor's position ("Vicino a me").</summary>
    public bool NearMe => Criteria.HasPoint && Near is null;

    public IReadOnlyList<(string Key, string Label, string Colour)> Legend { get; private set; } = [];

    protected override string StatusDetail => Near is null ? "" : $", dal più vicino a {Near.Label}";

    protected override async Task<IEnumerable<KeyValuePair<string, StringValues>>> QueryAsync(CancellationToken cancellationToken)
    {
        Municipalities = await Terms.TermsAsync(Vocabularies.Municipality, cancellationToken);
        var query = Request.Query.ToList();
        var near = Request.Query["vicinoA"].LastOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        if (near is null)
        {
            return query;
        }

        Near = Municipalities.FirstOrDefault(t => t.Key == near && t.Latitude is not null && t.Longitude is not null);
        query.RemoveAll(p => p.Key is "lat" or "lng" or "vicinoA");
        if (Near is null)
        {
            ModelState.AddModelError("vicinoA", "Il comune scelto per «Vicino a» non è tra quelli del distretto.");
            return query;
        }

        query.Add(new("lat", Near.Latitude!.Value.ToString("R", CultureInfo.InvariantCulture)));
        query.Add(new("lng", Near.Longitude!.Value.ToString("R", CultureInfo.InvariantCulture)));
        if (!query.Any(p => p.Key == "sort" && !StringValues.IsNullOrEmpty(p.Value)))
        {
            // "Vicino a" means nearest first, even with words typed.
            query.Add(new("sort", "distanza"));
        }

        return query;
    }

    protected override List<KeyValuePair<string, string>> LinkParameters(List<KeyValuePair<string, string>> parameters)
    {
        if (Near is null)
        {
            return parameters;
        }

        var index = parameters.FindIndex(p => p.Key == "lat");
        parameters.RemoveAll(p => p.Key is "lat" or "lng");
        parameters.Insert(Math.Max(0, index), new("vicinoA", Near.Key));
        return parameters;
    }

    protected override async Task AfterSearchAsync(CancellationToken cancellationToken)
    {
        var categories = await Terms.TermsAsync(Vocabularies.Category, cancellationToken);
        Legend = [.. categories.Select((c, i) => (c.Key, c.Label, Palette[i % Palette.Length]))];
        ViewData["Title"] = "Mappa dei servizi";
        ViewData["Description"] = "I servizi per la conciliazione vita-lavoro sulla mappa dei 9 comuni del Distretto Sociale Sud Est Milano, con gli stessi filtri dell'elenco.";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Servizi", CatalogueModel.Path), new("Mappa") };
    }

    /// <summary>What map.js needs, as JSON for a data attribute.</summary>
    public string Settings() => JsonSerializer.Serialize(new
    {
        geoJson = GeoJsonEndpoint.Path,
        tiles = Map.TileUrl,
        attribution = Map.Attribution,
        municipalities = Municipalities.Where(m => m.Latitude is not null && m.Longitude is not null)
            .Select(m => new { name = m.Label, key = m.Key, lat = m.Latitude, lng = m.Longitude }),
        colours = Legend.ToDictionary(l => l.Key, l => l.Colour),
        bbox = Criteria.Bounds is { } b ? new[] { b.MinLongitude, b.MinLatitude, b.MaxLongitude, b.MaxLatitude } : null,
    });
}
