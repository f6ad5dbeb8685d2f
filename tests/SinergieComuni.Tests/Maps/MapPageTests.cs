using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Tests.Maps;

/// <summary>/mappa without JavaScript: the list of the same search as /servizi, "Vicino a" a municipality, the area, the map's settings.</summary>
public abstract partial class MapPageTests(SinergieAppFactory factory)
{
    private static string Token() => TestWords.Token();

    private async Task<string> CardAsync(string title, string municipality, double lat, double lng)
    {
        var card = ContentFixtures.ServiceCard(null, title);
        card.Municipalities = [municipality];
        card.Venues[0].Municipality = municipality;
        card.Venues[0].Latitude = lat;
        card.Venues[0].Longitude = lng;
        var id = await factory.CreateAsync(ContentTypes.Service, card, publish: true);
        return await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Slug).SingleAsync());
    }

    [Fact]
    public async Task The_map_page_lists_the_services_and_gives_the_map_its_settings()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/mappa");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<h1>Mappa dei servizi</h1>", html, StringComparison.Ordinal);
        Assert.NotEmpty(ListedItem().Matches(html));
        Assert.Contains("La mappa ha bisogno di JavaScript", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"map-area\">Cerca in questa zona", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#results-title\">Salta la mappa e vai ai risultati</a>", html, StringComparison.Ordinal);

        using var settings = JsonDocument.Parse(WebUtility.HtmlDecode(SettingsAttribute().Match(html).Groups[1].Value));
        var root = settings.RootElement;
        Assert.Equal("/api/map/services.geojson", root.GetProperty("geoJson").GetString());
        Assert.Equal(9, root.GetProperty("municipalities").GetArrayLength());
        Assert.Contains(root.GetProperty("municipalities").EnumerateArray(), m => m.GetProperty("name").GetString() == "Melegnano" && Math.Abs(m.GetProperty("lat").GetDouble() - 45.3583) < 1e-9);
        Assert.StartsWith("https://tile.openstreetmap.org/", root.GetProperty("tiles").GetString(), StringComparison.Ordinal);
        Assert.Contains("OpenStreetMap", root.GetProperty("attribution").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("colours").TryGetProperty("prima-infanzia", out _));

        // The tile server may serve images to the page.
        Assert.Contains("https://tile.openstreetmap.org", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Near_a_municipality_sorts_by_distance_and_links_keep_the_municipality()
    {
        var token = Token();
        var sanDonato = await CardAsync($"Spazio compiti {token}", "san-donato-milanese", 45.4167, 9.2667);
        var melegnano = await CardAsync($"Spazio compiti {token}", "melegnano", 45.3583, 9.3236);
        var carpiano = await CardAsync($"Spazio compiti {token}", "carpiano", 45.34, 9.2742);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync($"/mappa?q={token}&vicinoA=melegnano");

        Assert.Equal([melegnano, carpiano, sanDonato], ListedItem().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("dal più vicino a Melegnano", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<option value=\"melegnano\" selected=\"selected\">Melegnano</option>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/mappa?q={token}&amp;vicinoA=melegnano\"", html, StringComparison.Ordinal);

        var within = await client.GetStringAsync($"/mappa?q={token}&vicinoA=melegnano&raggioKm=5");
        Assert.Equal([melegnano, carpiano], ListedItem().Matches(within).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task The_service_list_links_to_the_same_search_on_the_map()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/servizi?q=nido&comune=melegnano&page=2");
        Assert.Contains("<a href=\"/mappa?q=nido&amp;comune=melegnano\" data-map-link>Vedi questi servizi sulla mappa</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_place_or_area_is_explained_in_italian_and_the_list_still_shows()
    {
        using var client = factory.CreateClient();

        var unknown = WebUtility.HtmlDecode(await client.GetStringAsync("/mappa?vicinoA=atlantide"));
        Assert.Contains("Il comune scelto per «Vicino a» non è tra quelli del distretto.", unknown, StringComparison.Ordinal);
        Assert.NotEmpty(ListedItem().Matches(unknown));

        var badBox = WebUtility.HtmlDecode(await client.GetStringAsync("/mappa?bbox=1,2,3"));
        Assert.Contains("L'area (bbox) è fatta di quattro numeri", badBox, StringComparison.Ordinal);

        var box = await client.GetStringAsync("/mappa?bbox=9.30,45.34,9.34,45.37");
        Assert.Contains("Nella zona mostrata sulla mappa", box, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"bbox\" id=\"map-bbox\" value=\"9.3,45.34,9.34,45.37\">", box, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_card_has_a_small_map_of_its_venues_with_map_and_directions_links()
    {
        var token = Token();
        var slug = await CardAsync($"Centro diurno {token}", "carpiano", 45.34, 9.2742);
        var card = ContentFixtures.ServiceCard(null, $"Senza coordinate {token}");
        card.Venues[0].Latitude = null;
        card.Venues[0].Longitude = null;
        var other = await factory.CreateAsync(ContentTypes.Service, card, publish: true);
        var otherSlug = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == other).Select(i => i.Slug).SingleAsync());
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync($"/servizi/{slug}");
        Assert.Contains("data-service-map=", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/lib/leaflet/leaflet.js", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/mappa?lat=45.34&amp;lng=9.2742&amp;raggioKm=1&amp;sort=distanza\" data-open-map>Apri in mappa", html, StringComparison.Ordinal);
        Assert.Contains("href=\"geo:45.34,9.2742\" data-geo>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.openstreetmap.org/directions?to=45.34%2C9.2742\" data-directions>", html, StringComparison.Ordinal);

        var without = await client.GetStringAsync($"/servizi/{otherSlug}");
        Assert.DoesNotContain("data-service-map=", without, StringComparison.Ordinal);
        Assert.DoesNotContain("leaflet.js", without, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-service-item=\"([^\"]+)\"")]
    private static partial Regex ListedItem();

    [GeneratedRegex("data-map-settings=\"([^\"]+)\"")]
    private static partial Regex SettingsAttribute();
}

public sealed class MapPageTestsOnSqlite(SqliteAppFactory factory) : MapPageTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class MapPageTestsOnPostgres(PostgresAppFactory factory) : MapPageTests(factory), IClassFixture<PostgresAppFactory>;
