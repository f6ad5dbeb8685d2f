using System.Globalization;
using System.Net;
using System.Text.Json;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Tests.Maps;

/// <summary>
/// GET /api/map/services.geojson and the area filters shared with /api/search, at the municipality centroids of
/// territory.json. Every test puts a word of its own in its cards' titles and asks for it, so it sees only its cards.
/// </summary>
public abstract class GeoJsonTests(SinergieAppFactory factory)
{
    // Centroids from ../shared/data/territory.json.
    private static readonly (string Key, double Lat, double Lng) Melegnano = ("melegnano", 45.3583, 9.3236);
    private static readonly (string Key, double Lat, double Lng) Carpiano = ("carpiano", 45.34, 9.2742);
    private static readonly (string Key, double Lat, double Lng) SanDonato = ("san-donato-milanese", 45.4167, 9.2667);

    private static string Token() => TestWords.Token();

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private async Task<Guid> CardAsync(string title, (string Key, double Lat, double Lng) place, bool publish = true, (string Key, double Lat, double Lng)? second = null)
    {
        var card = ContentFixtures.ServiceCard(null, title);
        card.Municipalities = second is { } other ? [place.Key, other.Key] : [place.Key];
        card.Venues[0].Municipality = place.Key;
        card.Venues[0].Latitude = place.Lat;
        card.Venues[0].Longitude = place.Lng;
        if (second is { } extra)
        {
            card.Venues.Add(new Venue { Name = "Seconda sede", Address = "Via Seconda 2", Municipality = extra.Key, Latitude = extra.Lat, Longitude = extra.Lng });
        }

        return await factory.CreateAsync(ContentTypes.Service, card, publish);
    }

    private async Task<JsonElement> GeoJsonAsync(string query)
    {
        var response = await factory.CreateClient().GetAsync("/api/map/services.geojson?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Features_are_valid_geojson_points_in_longitude_latitude_order_and_drafts_never_appear()
    {
        var token = Token();
        var published = await CardAsync($"Ludoteca {token}", Melegnano, second: SanDonato);
        await CardAsync($"Bozza {token}", Carpiano, publish: false);

        var root = await GeoJsonAsync($"q={token}");

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
            var properties = feature.GetProperty("properties");
            Assert.Equal(published, properties.GetProperty("id").GetGuid());
            Assert.Equal($"Ludoteca {token}", properties.GetProperty("title").GetString());
            Assert.StartsWith("/servizi/", properties.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Equal("Prima infanzia (0-3 anni)", properties.GetProperty("category").GetString());
            Assert.True(properties.GetProperty("openNow").ValueKind is JsonValueKind.True or JsonValueKind.False);
        }

        var byMunicipality = features.ToDictionary(f => f.GetProperty("properties").GetProperty("municipality").GetString()!);
        var melegnano = byMunicipality["Melegnano"].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(Melegnano.Lng, melegnano[0].GetDouble(), 6);
        Assert.Equal(Melegnano.Lat, melegnano[1].GetDouble(), 6);
        var sanDonato = byMunicipality["San Donato Milanese"].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(SanDonato.Lng, sanDonato[0].GetDouble(), 6);
        Assert.Equal(SanDonato.Lat, sanDonato[1].GetDouble(), 6);
    }

    [Fact]
    public async Task When_no_card_has_every_word_the_map_shows_what_the_list_shows()
    {
        var token = Token();
        var card = await CardAsync($"Ludoteca {token}", Melegnano);

        using var list = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/search?q={token}%20{Token()}"));
        var root = await GeoJsonAsync($"q={token}%20{Token()}");

        Assert.True(list.RootElement.GetProperty("anyWord").GetBoolean());
        Assert.Equal([card], list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal([card], root.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task A_bbox_keeps_only_the_venues_inside_it_on_the_map_and_in_the_search()
    {
        var token = Token();
        var both = await CardAsync($"Doposcuola {token}", Melegnano, second: SanDonato);
        var carpiano = await CardAsync($"Centro estivo {token}", Carpiano);

        // A box of about 2 km around Melegnano's centroid.
        var box = $"{Number(Melegnano.Lng - 0.015)},{Number(Melegnano.Lat - 0.01)},{Number(Melegnano.Lng + 0.015)},{Number(Melegnano.Lat + 0.01)}";
        var root = await GeoJsonAsync($"q={token}&bbox={box}");
        var feature = Assert.Single(root.GetProperty("features").EnumerateArray());
        Assert.Equal(both, feature.GetProperty("properties").GetProperty("id").GetGuid());
        Assert.Equal("Melegnano", feature.GetProperty("properties").GetProperty("municipality").GetString());

        using var search = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/search?q={token}&bbox={box}"));
        Assert.Equal([both], search.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));

        // The whole district holds all three venues.
        var district = await GeoJsonAsync($"q={token}&bbox=9.2,45.3,9.4,45.45");
        Assert.Equal(3, district.GetProperty("features").GetArrayLength());
        Assert.Contains(district.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("id").GetGuid() == carpiano);
    }

    [Fact]
    public async Task Radius_and_distance_sort_are_right_at_the_centroids()
    {
        var token = Token();
        var melegnano = await CardAsync($"Sportello {token}", Melegnano);
        var carpiano = await CardAsync($"Sportello {token}", Carpiano);
        var sanDonato = await CardAsync($"Sportello {token}", SanDonato);
        var near = $"lat={Number(Melegnano.Lat)}&lng={Number(Melegnano.Lng)}";

        // Carpiano is about 4.4 km from Melegnano, San Donato about 7.9 km.
        using var sorted = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/search?q={token}&{near}&sort=distanza"));
        var items = sorted.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([melegnano, carpiano, sanDonato], items.Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(0, items[0].GetProperty("distanceKm").GetDouble(), 1);
        Assert.InRange(items[1].GetProperty("distanceKm").GetDouble(), 4.2, 4.6);
        Assert.InRange(items[2].GetProperty("distanceKm").GetDouble(), 7.6, 8.2);

        var within5 = await GeoJsonAsync($"q={token}&{near}&raggioKm=5");
        Assert.Equal(new[] { melegnano, carpiano }.Order(), within5.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("id").GetGuid()).Order());
        Assert.All(within5.GetProperty("features").EnumerateArray(), f => Assert.InRange(f.GetProperty("properties").GetProperty("distanceKm").GetDouble(), 0, 5));

        using var within1 = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/search?q={token}&{near}&raggioKm=1"));
        Assert.Equal([melegnano], within1.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task The_geojson_is_compressed_for_clients_that_accept_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/map/services.geojson");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
        await using var body = new System.IO.Compression.GZipStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        using var json = await JsonDocument.ParseAsync(body);
        Assert.True(json.RootElement.GetProperty("features").GetArrayLength() > 10);
    }

    [Theory]
    [InlineData("bbox=9.2,45.3,9.4", "bbox")]
    [InlineData("bbox=9.4,45.3,9.2,45.45", "bbox")]
    [InlineData("bbox=a,b,c,d", "bbox")]
    [InlineData("bbox=9.2,95,9.4,96", "bbox")]
    [InlineData("lat=45.35&lng=9.32&raggioKm=-3", "raggioKm")]
    [InlineData("lat=45.35", "lng")]
    [InlineData("raggioKm=5", "raggioKm")]
    public async Task Bad_area_parameters_answer_400_problem_details(string query, string parameter)
    {
        foreach (var path in new[] { "/api/map/services.geojson", "/api/search" })
        {
            var response = await factory.CreateClient().GetAsync($"{path}?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), $"{path}?{query}: no error for {parameter}");
        }
    }
}

public sealed class GeoJsonTestsOnSqlite(SqliteAppFactory factory) : GeoJsonTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class GeoJsonTestsOnPostgres(PostgresAppFactory factory) : GeoJsonTests(factory), IClassFixture<PostgresAppFactory>;
