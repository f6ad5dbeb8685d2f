using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SinergieComuni.Tests.Fixtures;

namespace SinergieComuni.Tests.Search;

/// <summary>GET /api/search and /api/search/suggest: the JSON contract, on the demo content, and bad parameters.</summary>
public abstract class SearchApiTests(SinergieAppFactory factory)
{
    [Fact]
    public async Task Search_returns_the_documented_shape()
    {
        var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=asilo%20nido&pageSize=5"));
        var root = json.RootElement;

        Assert.True(root.GetProperty("total").GetInt32() > 0);
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(5, root.GetProperty("pageSize").GetInt32());
        var item = root.GetProperty("items")[0];
        foreach (var property in new[] { "id", "title", "slug", "url", "snippet", "category", "municipalities", "distanceKm" })
        {
            Assert.True(item.TryGetProperty(property, out _), $"items[0].{property} is missing");
        }

        Assert.StartsWith("/servizi/", item.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>", item.GetProperty("title").GetString() + item.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        foreach (var facet in new[] { "categoria", "comune", "destinatari", "eta", "costo", "apertoOra", "lingua" })
        {
            var values = root.GetProperty("facets").GetProperty(facet);
            Assert.Equal(JsonValueKind.Array, values.ValueKind);
            foreach (var value in values.EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(value.GetProperty("value").GetString()));
                Assert.False(string.IsNullOrEmpty(value.GetProperty("label").GetString()));
                Assert.True(value.GetProperty("count").GetInt32() >= 0);
            }
        }
    }

    [Fact]
    public async Task Facet_counts_of_the_api_match_the_totals_of_the_narrowed_searches()
    {
        var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?comune=melegnano"));
        foreach (var category in json.RootElement.GetProperty("facets").GetProperty("categoria").EnumerateArray())
        {
            using var narrowed = JsonDocument.Parse(await client.GetStringAsync($"/api/search?comune=melegnano&categoria={category.GetProperty("value").GetString()}&pageSize=1"));
            Assert.Equal(category.GetProperty("count").GetInt32(), narrowed.RootElement.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task Distance_sort_returns_increasing_distances()
    {
        var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?lat=45.358&lng=9.323&sort=distanza&raggioKm=8&pageSize=50"));
        var distances = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("distanceKm").GetDouble()).ToList();

        Assert.NotEmpty(distances);
        Assert.Equal(distances.Order(), distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 8));
    }

    [Theory]
    [InlineData("/api/search?page=0", "page")]
    [InlineData("/api/search?page=abc", "page")]
    [InlineData("/api/search?pageSize=10000", "pageSize")]
    [InlineData("/api/search?pageSize=0", "pageSize")]
    [InlineData("/api/search?lat=45.3", "lng")]
    [InlineData("/api/search?lng=9.3", "lat")]
    [InlineData("/api/search?lat=95&lng=9", "lat")]
    [InlineData("/api/search?lat=45,3&lng=9,3", "lat")]
    [InlineData("/api/search?lat=45.3&lng=9.3&raggioKm=-1", "raggioKm")]
    [InlineData("/api/search?raggioKm=5", "raggioKm")]
    [InlineData("/api/search?eta=abc", "eta")]
    [InlineData("/api/search?eta=200", "eta")]
    [InlineData("/api/search?eta=9-3", "eta")]
    [InlineData("/api/search?apertoOra=forse", "apertoOra")]
    [InlineData("/api/search?sort=caso", "sort")]
    [InlineData("/api/search?sort=distanza", "sort")]
    public async Task Bad_parameters_answer_400_problem_details_in_italian(string url, string parameter)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        var messages = json.RootElement.GetProperty("errors").GetProperty(parameter);
        Assert.Matches("[àèéìòù]|deve|Indica|vale|usa|Per ", messages[0].GetString()!);
    }

    [Fact]
    public async Task A_query_of_5000_characters_answers_400()
    {
        var response = await factory.CreateClient().GetAsync("/api/search?q=" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("%22")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("-")]
    [InlineData("asilo%20-nido")]
    [InlineData("%22asilo%22%20OR%20%22nido%22")]
    [InlineData("nido*")]
    [InlineData("TitleTerms%3Anido")]
    [InlineData("%27%3B%20DROP%20TABLE%20%22SearchEntries%22%3B--")]
    [InlineData("a%3A*%7Cb%20%26%20!c")]
    [InlineData("%ED%A0%80")]
    [InlineData("%F0%9F%98%80%20asilo")]
    [InlineData("%00")]
    public async Task Hostile_queries_are_treated_as_text(string query)
    {
        var client = factory.CreateClient();

        var search = await client.GetAsync($"/api/search?q={query}");
        var suggest = await client.GetAsync($"/api/search/suggest?q={query}");
        var page = await client.GetAsync($"/servizi?q={query}");

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.OK, suggest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Suggestions_offer_categories_and_service_titles_as_you_type()
    {
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search/suggest?q=asil");

        Assert.Equal("asil", json.GetProperty("query").GetString());
        var suggestions = json.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.NotEmpty(suggestions);
        Assert.Contains(suggestions, s => s.GetProperty("kind").GetString() == "servizio"
            && s.GetProperty("text").GetString()!.Contains("Asilo", StringComparison.Ordinal)
            && s.GetProperty("url").GetString()!.StartsWith("/servizi/", StringComparison.Ordinal));

        var categories = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search/suggest?q=prima%20inf");
        Assert.Contains(categories.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("kind").GetString() == "categoria"
            && s.GetProperty("url").GetString() == "/servizi?categoria=prima-infanzia");
    }
}

public sealed class SearchApiTestsOnSqlite(SqliteAppFactory factory) : SearchApiTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SearchApiTestsOnPostgres(PostgresAppFactory factory) : SearchApiTests(factory), IClassFixture<PostgresAppFactory>;

public sealed class SearchApiRateLimitTests(RateLimitedAppFactory factory) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task Too_many_requests_from_one_client_get_429()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            statuses.Add((await client.GetAsync("/api/search/suggest?q=nido")).StatusCode);
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
