using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests;

/// <summary>
/// /mappa with JavaScript: markers and clusters from the GeoJSON of the search shown, filters and "Vicino a" that update
/// list and map in place, the keyboard path to a result, axe-core, and a map that still works when the tiles do not.
/// The site gets its tiles from a <see cref="TileServer"/> of its own: these machines cannot reach OpenStreetMap.
/// </summary>
public sealed class MapPageTests(MapSiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output), IClassFixture<MapSiteServerFixture>, IClassFixture<BrowserFixture>
{
    private const string Melegnano = "melegnano";

    /// <summary>Enough for every control of the header, the filters and the map (its markers are Tab stops too).</summary>
    private const int MaxTabPresses = 400;

    private const int TabBatch = 10;

    private readonly TileServer tiles = server.Tiles;

    [Fact]
    public Task The_venues_of_the_search_are_markers_and_nearby_ones_are_clustered() => WithPageAsync(async page =>
    {
        var map = new ServiceMapPage(page);

        await map.GotoAsync();

        var features = await FeatureCountAsync(page, "");
        Assert.True(features > 1, $"The GeoJSON of all services has {features} feature(s).");
        await map.ExpectMarkersLoadedAsync(features);
        await Expect(map.Clusters.First).ToBeVisibleAsync();
        await Expect(map.Clusters.First).ToHaveAccessibleNameAsync(new Regex(@"^\d+ sedi vicine"));
        await Expect(map.Markers.First).ToBeVisibleAsync();
        // The map opens on the whole district, where every venue of the demo content is.
        await map.ExpectVenuesShownAsync(features);
    });

    [Fact]
    public Task Ticking_a_municipality_updates_the_list_and_the_markers_in_place() => WithPageAsync(async page =>
    {
        var map = new ServiceMapPage(page);
        await map.GotoAsync();
        await new PublicSitePage(page).AcknowledgeCookieNoticeAsync();
        var all = await TotalAsync(page, "");
        await map.ExpectMarkersLoadedAsync(await FeatureCountAsync(page, ""));
        await Expect(map.Status).ToHaveTextAsync(new Regex($"^{all} servizi trovati"));
        await page.EvaluateAsync("() => { window.scSameDocument = true; }");

        await map.FacetLabel("comune", Melegnano).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/mappa\\?comune={Melegnano}$"));
        var inMelegnano = await TotalAsync(page, $"comune={Melegnano}");
        Assert.True(inMelegnano > 0 && inMelegnano < all, $"Melegnano has {inMelegnano} of {all} services.");
        await Expect(map.Status).ToHaveTextAsync(new Regex($"^{inMelegnano} servizi trovati"));
        await Expect(map.FacetCheckbox("comune", Melegnano)).ToBeCheckedAsync();
        await Expect(map.ResultItems).ToHaveCountAsync(Math.Min(inMelegnano, 12));
        foreach (var item in await map.ResultItems.AllAsync())
        {
            await Expect(item).ToContainTextAsync("Melegnano");
        }

        var features = await FeatureCountAsync(page, $"comune={Melegnano}");
        Assert.NotEqual(await FeatureCountAsync(page, ""), features);
        await map.ExpectMarkersLoadedAsync(features);
        Assert.True(await page.EvaluateAsync<bool>("() => window.scSameDocument === true"), "The page was reloaded instead of updated in place.");
    });

    [Fact]
    public Task Near_a_municipality_sorts_the_list_from_the_nearest() => WithPageAsync(async page =>
    {
        var map = new ServiceMapPage(page);
        await map.GotoAsync();
        await page.EvaluateAsync("() => { window.scSameDocument = true; }");
        await map.NearSelect.FocusAsync();

        await map.NearSelect.SelectOptionAsync(Melegnano);

        await Expect(page).ToHaveURLAsync(new Regex($"/mappa\\?vicinoA={Melegnano}$"));
        await Expect(map.Status).ToContainTextAsync("dal più vicino a Melegnano");
        await Expect(map.NearSelect).ToHaveValueAsync(Melegnano);
        await Expect(map.NearSelect).ToBeFocusedAsync();
        await ExpectNearestFirstAsync(map);
        Assert.True(await page.EvaluateAsync<bool>("() => window.scSameDocument === true"), "The page was reloaded instead of updated in place.");
    });

    [Fact]
    public Task Near_me_uses_the_browser_position_and_sorts_from_the_nearest() => WithPageAsync(async page =>
    {
        await page.Context.GrantPermissionsAsync(["geolocation"]);
        await page.Context.SetGeolocationAsync(new Geolocation { Latitude = 45.34f, Longitude = 9.2742f });
        var map = new ServiceMapPage(page);
        await map.GotoAsync();

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Vicino a me", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/mappa\\?.*lat=45\\.34.*lng=9\\.2742"));
        await Expect(map.NearSelect.Locator("option:checked")).ToHaveTextAsync("La mia posizione");
        await ExpectNearestFirstAsync(map);
    });

    [Fact]
    public Task A_service_card_shows_its_venues_on_a_small_map() => WithPageAsync(async page =>
    {
        var response = await page.APIRequest.GetAsync("/api/map/services.geojson?comune=" + Melegnano);
        using var json = JsonDocument.Parse(await response.TextAsync());
        var url = json.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("url").GetString();

        await page.GotoAsync(url!);

        var small = page.Locator("[data-service-map]");
        await Expect(small).ToBeVisibleAsync();
        await Expect(small.Locator(".sc-map-marker").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-open-map]").First).ToHaveAttributeAsync("href", new Regex("^/mappa\\?lat="));
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    });

    [Fact]
    public Task A_radius_near_a_municipality_leaves_on_the_map_only_the_venues_within_it() => WithPageAsync(async page =>
    {
        var map = new ServiceMapPage(page);
        await map.GotoAsync();
        var all = await FeatureCountAsync(page, "");
        await map.ExpectMarkersLoadedAsync(all);

        await map.NearSelect.SelectOptionAsync(Melegnano);
        await Expect(page).ToHaveURLAsync(new Regex($"/mappa\\?vicinoA={Melegnano}$"));
        await map.RadiusSelect.SelectOptionAsync("2");

        await Expect(page).ToHaveURLAsync(new Regex($"/mappa\\?vicinoA={Melegnano}&raggioKm=2$"));
        // The point the page searches from for "Vicino a Melegnano": the municipality's centre.
        var (latitude, longitude) = await map.MunicipalityCentreAsync(Melegnano);
        var within = await FeatureCountAsync(page, string.Create(CultureInfo.InvariantCulture, $"lat={latitude}&lng={longitude}&raggioKm=2"));
        Assert.True(within > 0 && within < all, $"{within} of {all} venues within 2 km of Melegnano.");
        await map.ExpectMarkersLoadedAsync(within);
        await Expect(map.Status).ToContainTextAsync("dal più vicino a Melegnano");
    });

    [Fact]
    public Task With_the_keyboard_alone_a_result_is_reached_and_opened() => WithPageAsync(async page =>
    {
        var map = new ServiceMapPage(page);
        await map.GotoAsync();
        await map.ExpectMarkersLoadedAsync(await FeatureCountAsync(page, ""));
        // The Tab key is pressed in batches, each round trip to the browser being slow while a trace is recorded: the
        // page notes every focused element and, once a result link has the focus, keeps it there.
        await page.EvaluateAsync(
            """
            selector => {
                window.scFocusTrail = [];
                document.addEventListener("focusin", event => window.scFocusTrail.push(event.target.outerHTML.slice(0, 120)));
                document.addEventListener("keydown", event => {
                    if (event.key === "Tab" && document.activeElement && document.activeElement.matches(selector)) {
                        event.preventDefault();
                    }
                }, true);
            }
            """, ServiceMapPage.Selectors.ResultLink);
        var site = new PublicSitePage(page);

        var presses = 0;
        while (!await site.HasFocusAsync(ServiceMapPage.Selectors.ResultLink))
        {
            Assert.True(presses < MaxTabPresses, $"No result link after {presses} presses of Tab; focused: {string.Join(Environment.NewLine, await FocusTrailAsync(page))}");
            for (var i = 0; i < TabBatch; i++, presses++)
            {
                await page.Keyboard.PressAsync("Tab");
            }
        }

        var trail = await FocusTrailAsync(page);
        Output.WriteLine($"The first result link is the Tab stop number {trail.Count}.");
        var target = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.Equal(await map.ResultItems.First.Locator(ServiceMapPage.Selectors.ResultLink).GetAttributeAsync("href"), target);

        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Uri(Server.ServerAddress, target).ToString());
        Assert.StartsWith("/servizi/", target, StringComparison.Ordinal);
    });

    [Fact]
    public Task The_map_with_its_tiles_and_markers_has_no_serious_accessibility_violations() => WithPageAsync(async page =>
    {
        var map = new ServiceMapPage(page);
        var tilesBefore = tiles.Requests;

        await map.GotoAsync();

        await map.ExpectMarkersLoadedAsync(await FeatureCountAsync(page, ""));
        await Expect(map.LoadedTiles.First).ToBeVisibleAsync();
        Assert.True(tiles.Requests > tilesBefore, "The tiles did not come from the test tile server.");
        await Expect(map.TilesMessage).ToBeHiddenAsync();
        await Expect(map.Clusters.First).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    });

    [Fact]
    public Task When_the_tiles_cannot_load_a_note_says_so_and_the_markers_still_show() => WithPageAsync(async page =>
    {
        // As if the tile server could not be reached: every request to it fails.
        var origin = new Uri(tiles.UrlTemplate.Replace("{z}/{x}/{y}.png", "", StringComparison.Ordinal));
        await page.RouteAsync(origin + "**", route => route.AbortAsync("connectionrefused"));
        var map = new ServiceMapPage(page);

        await map.GotoAsync();

        await Expect(map.TilesMessage).ToBeVisibleAsync();
        await Expect(map.LoadedTiles).ToHaveCountAsync(0);
        await map.ExpectMarkersLoadedAsync(await FeatureCountAsync(page, ""));
        await Expect(map.Clusters.First).ToBeVisibleAsync();
        await Expect(map.Markers.First).ToBeVisibleAsync();
        // On the plain background axe-core can judge what the tiles hide from it, such as the attribution's links.
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    });

    /// <summary>What the page noted each time an element got the focus (an opening tag, shortened).</summary>
    private static async Task<IReadOnlyList<string>> FocusTrailAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.scFocusTrail");

    /// <summary>The number of features (venues) the GeoJSON endpoint answers for a query string.</summary>
    /// <summary>Several results are listed, each with its distance, from the nearest.</summary>
    private static async Task ExpectNearestFirstAsync(ServiceMapPage map)
    {
        var count = await map.ResultItems.CountAsync();
        Assert.True(count > 1, $"{count} result(s) listed.");
        await Expect(map.Distances).ToHaveCountAsync(count);
        var distances = await map.DistancesKmAsync();
        Assert.True(distances.Zip(distances.Skip(1)).All(pair => pair.First <= pair.Second),
            "The distances are not from the nearest: " + string.Join(", ", distances.Select(d => d.ToString(CultureInfo.InvariantCulture))));
    }

    private static async Task<int> FeatureCountAsync(IPage page, string query)
    {
        var response = await page.APIRequest.GetAsync("/api/map/services.geojson?" + query);
        Assert.True(response.Ok, $"/api/map/services.geojson?{query} answered {response.Status}.");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("features").GetArrayLength();
    }

    /// <summary>The number of services the search API finds for a query string, to compare with what the page says.</summary>
    private static async Task<int> TotalAsync(IPage page, string query)
    {
        var response = await page.APIRequest.GetAsync("/api/search?pageSize=1&" + query);
        Assert.True(response.Ok, $"/api/search?{query} answered {response.Status}.");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
