using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>/mappa: the search of /servizi (filters, "Vicino a", results) beside a Leaflet map of the venues, clustered.</summary>
public sealed partial class ServiceMapPage(IPage page)
{
    public const string Path = "/mappa";

    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public IPage Page => page;

    public ILocator Map => page.Locator(Selectors.Map);

    /// <summary>The single venues drawn on the map (not the ones inside a cluster).</summary>
    public ILocator Markers => page.Locator(Selectors.Markers);

    public ILocator Clusters => page.Locator(Selectors.Clusters);

    public ILocator LoadedTiles => page.Locator(Selectors.LoadedTiles);

    public ILocator TilesMessage => page.Locator(Selectors.TilesMessage);

    public ILocator NearSelect => page.Locator(Selectors.NearSelect);

    public ILocator RadiusSelect => page.Locator(Selectors.RadiusSelect);

    public ILocator Status => page.Locator(Selectors.Status);

    public ILocator ResultItems => page.Locator(Selectors.ResultItems);

    public ILocator Distances => page.Locator(Selectors.Distances);

    public async Task<IResponse> GotoAsync(string query = "") =>
        await page.GotoAsync(Path + query) ?? throw new InvalidOperationException($"No response for {Path}{query}.");

    /// <summary>The checkbox of one value of a facet, such as ("comune", "melegnano").</summary>
    public ILocator FacetCheckbox(string facet, string value) => page.Locator($"#f-{facet}-{value}");

    /// <summary>The visible label of a facet value: bootstrap-italia draws the box on it, so it is what a person clicks.</summary>
    public ILocator FacetLabel(string facet, string value) => page.Locator($"label[for=\"f-{facet}-{value}\"]");

    /// <summary>Waits until map.js has put the venues of the search shown on the map, <paramref name="count"/> of them.</summary>
    public async Task ExpectMarkersLoadedAsync(int count)
    {
        await Expect(Map).ToHaveAttributeAsync("data-markers", count.ToString(CultureInfo.InvariantCulture));
        await Expect(Map).Not.ToHaveAttributeAsync("aria-busy", "true");
    }

    /// <summary>Waits until the single markers plus the numbers on the clusters add up to <paramref name="count"/> venues.</summary>
    public async Task ExpectVenuesShownAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        var shown = await VenuesShownAsync();
        while (shown != count && DateTime.UtcNow < deadline)
        {
            // markercluster adds large sets in chunks.
            await Task.Delay(100);
            shown = await VenuesShownAsync();
        }

        if (shown != count)
        {
            throw new InvalidOperationException($"The map shows {shown} venue(s) ({await Markers.CountAsync()} markers, {await Clusters.CountAsync()} clusters), not {count}.");
        }
    }

    /// <summary>The venues the map shows: single markers plus the number printed on each cluster.</summary>
    public async Task<int> VenuesShownAsync()
    {
        var clustered = 0;
        foreach (var text in await Clusters.AllInnerTextsAsync())
        {
            // "12 sedi vicine: …": the number is shown, the words are for screen readers.
            clustered += int.Parse(LeadingNumber().Match(text).Value, NumberStyles.Integer, CultureInfo.InvariantCulture);
        }

        return await Markers.CountAsync() + clustered;
    }

    /// <summary>The centre of a municipality as the page gives it to the map (its settings), for "Vicino a".</summary>
    public async Task<(double Latitude, double Longitude)> MunicipalityCentreAsync(string key)
    {
        var settings = await Map.GetAttributeAsync("data-map-settings") ?? throw new InvalidOperationException("The map has no settings.");
        using var json = JsonDocument.Parse(settings);
        var municipality = json.RootElement.GetProperty("municipalities").EnumerateArray().Single(m => m.GetProperty("key").GetString() == key);
        return (municipality.GetProperty("lat").GetDouble(), municipality.GetProperty("lng").GetDouble());
    }

    /// <summary>The distances printed in the results, in km, in list order ("a 1,2 km", "a meno di 100 m").</summary>
    public async Task<IReadOnlyList<double>> DistancesKmAsync()
    {
        var distances = new List<double>();
        foreach (var text in await Distances.AllInnerTextsAsync())
        {
            var words = text.Trim();
            distances.Add(words.StartsWith("a meno di", StringComparison.Ordinal)
                ? 0.05
                : double.Parse(words.Replace("a ", "", StringComparison.Ordinal).Replace(" km", "", StringComparison.Ordinal), NumberStyles.Float, Italian));
        }

        return distances;
    }

    [GeneratedRegex(@"^\s*\d+")]
    private static partial Regex LeadingNumber();

    public static class Selectors
    {
        public const string Map = "#map";
        public const string Markers = Map + " .sc-map-marker";
        public const string Clusters = Map + " .marker-cluster";
        public const string LoadedTiles = Map + " img.leaflet-tile-loaded";
        public const string TilesMessage = "[data-map-tiles-message]";
        public const string NearSelect = "#map-vicinoA";
        public const string RadiusSelect = "#map-raggioKm";
        public const string Status = "#search-status";
        public const string ResultItems = "#search-results [data-service-item]";
        public const string ResultLink = "a[data-element=\"service-link\"]";
        public const string Distances = ResultItems + " [data-distance]";
    }
}
