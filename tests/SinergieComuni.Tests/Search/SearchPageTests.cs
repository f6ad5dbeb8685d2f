using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SinergieComuni.Tests.Fixtures;

namespace SinergieComuni.Tests.Search;

/// <summary>/servizi as the search page, without JavaScript: text, facets, bad parameters, the live count and paging, on the demo content.</summary>
public abstract partial class SearchPageTests(SinergieAppFactory factory)
{
    [Fact]
    public async Task A_query_shows_the_matching_demo_cards_with_the_words_marked()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/servizi?q=asilo%20nido");

        Assert.Contains("asilo-nido-il-bosco-dei-piccoli", ListedSlugs(html));
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>Asilo</mark>", WebUtility.HtmlDecode(html), StringComparison.OrdinalIgnoreCase);
        Assert.Matches("<input id=\"search-q\" name=\"q\" type=\"search\"[^>]*value=\"asilo nido\"", html);
        Assert.Contains("<label for=\"search-q\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_facets_in_the_address_narrow_the_list_and_their_checkboxes_are_checked()
    {
        using var client = factory.CreateClient();

        var one = await client.GetStringAsync("/servizi?categoria=prima-infanzia");
        var two = await client.GetStringAsync("/servizi?categoria=prima-infanzia&comune=san-donato-milanese");

        var oneSlugs = ListedSlugs(one);
        var twoSlugs = ListedSlugs(two);
        Assert.NotEmpty(twoSlugs);
        Assert.True(twoSlugs.Count < oneSlugs.Count, $"Two facets listed {twoSlugs.Count} services, one facet {oneSlugs.Count}.");
        Assert.Subset(oneSlugs.ToHashSet(), twoSlugs.ToHashSet());
        foreach (var card in ListedCards(WebUtility.HtmlDecode(two)))
        {
            Assert.Contains("Prima infanzia", card, StringComparison.Ordinal);
            Assert.Contains("San Donato Milanese", card, StringComparison.Ordinal);
        }

        Assert.Matches(CheckedBox("categoria", "prima-infanzia"), two);
        Assert.Matches(CheckedBox("comune", "san-donato-milanese"), two);
        Assert.DoesNotMatch(CheckedBox("comune", "melegnano"), two);
        Assert.Contains("Rimuovi filtro </span>Comune: San Donato Milanese", WebUtility.HtmlDecode(two), StringComparison.Ordinal);
        Assert.Contains("href=\"/servizi?categoria=prima-infanzia\"", two, StringComparison.Ordinal);
        Assert.Contains(">Azzera filtri</a>", two, StringComparison.Ordinal);

        // One known category keeps the title and breadcrumb of the category's page, which the service card links to.
        var category = WebUtility.HtmlDecode(one);
        Assert.Contains("<h1>Prima infanzia (0-3 anni)</h1>", category, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Prima infanzia (0-3 anni)</li>", category, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/servizi?eta=abc", "L'età deve essere un numero intero")]
    [InlineData("/servizi?lat=45.36", "Indica sia la latitudine (lat) sia la longitudine (lng).")]
    [InlineData("/servizi?raggioKm=5", "Il raggio vale solo insieme a un punto")]
    [InlineData("/servizi?sort=casuale", "Ordinamento non valido")]
    [InlineData("/servizi?apertoOra=forse", "«apertoOra» vale true oppure false.")]
    public async Task A_bad_parameter_is_explained_in_Italian_above_the_results(string url, string message)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var alert = ErrorAlert().Match(html);
        Assert.True(alert.Success, "The page shows no error alert.");
        Assert.Contains(message, alert.Value, StringComparison.Ordinal);
        Assert.True(alert.Index < html.IndexOf("id=\"search-results\"", StringComparison.Ordinal), "The errors come after the results.");
        Assert.NotEmpty(ListedSlugs(html));
    }

    [Fact]
    public async Task A_query_too_long_is_refused_with_a_message_and_the_whole_list_shown()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/servizi?q=" + new string('a', 5_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("La ricerca può avere al massimo 500 caratteri.", html, StringComparison.Ordinal);
        Assert.Equal(12, ListedSlugs(html).Count);
    }

    [Theory]
    [InlineData("/servizi?q=%22")]
    [InlineData("/servizi?q=NEAR(")]
    [InlineData("/servizi?q=*")]
    [InlineData("/servizi?q=asilo%20*%20NEAR(nido%22")]
    [InlineData("/servizi?page=0")]
    [InlineData("/servizi?page=abc&eta=abc&lat=abc&lng=9.3&raggioKm=-1&sort=distanza")]
    [InlineData("/servizi?categoria=non-esiste&comune=&destinatari=%3Cscript%3E")]
    [InlineData("/servizi?tipo=pagina&q=privacy")]
    public async Task Odd_addresses_answer_with_a_page_and_never_fail(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(StatusRegion(), html);
        Assert.DoesNotContain("<script>", html[html.IndexOf("<main", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain(ListedSlugs(html), s => s == "privacy");
    }

    [Fact]
    public async Task The_count_is_in_the_polite_status_region_and_agrees_with_the_api()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/servizi?costo=gratuito&lingua=en");
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/search?costo=gratuito&lingua=en&pageSize=1"));

        var status = StatusRegion().Match(html);
        Assert.True(status.Success, "No role=status region with the count.");
        var total = api.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 1, "The demo content should have several free services in English.");
        Assert.Equal($"{total} servizi trovati", status.Groups["text"].Value.Trim());
        Assert.Equal(Math.Min(total, 12), ListedSlugs(html).Count);

        var none = await client.GetStringAsync("/servizi?q=zzzzqqqxxyy");
        Assert.Equal("Nessun servizio trovato", StatusRegion().Match(none).Groups["text"].Value.Trim());
    }

    [Fact]
    public async Task Pagination_links_keep_every_filter()
    {
        using var client = factory.CreateClient();

        var first = await client.GetStringAsync("/servizi?comune=melegnano&lingua=it&sort=aggiornamento");

        Assert.Contains("href=\"/servizi?comune=melegnano&amp;lingua=it&amp;sort=aggiornamento&amp;page=2\"", first, StringComparison.Ordinal);
        Assert.Matches("<li class=\"page-item active\"><a class=\"page-link\" href=\"/servizi\\?comune=melegnano&amp;lingua=it&amp;sort=aggiornamento\" aria-current=\"page\">", first);
        var second = await client.GetStringAsync("/servizi?comune=melegnano&lingua=it&sort=aggiornamento&page=2");
        Assert.Contains("href=\"/servizi?comune=melegnano&amp;lingua=it&amp;sort=aggiornamento\" rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Matches(CheckedBox("comune", "melegnano"), second);
        Assert.Matches(CheckedBox("lingua", "it"), second);
        Assert.Matches("<option value=\"aggiornamento\" selected=\"selected\">", second);
        Assert.NotEmpty(ListedSlugs(second));
        Assert.Empty(ListedSlugs(first).Intersect(ListedSlugs(second)));
    }

    private static List<string> ListedSlugs(string html) =>
        [.. ListedItem().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>The markup of each listed card, from its list item to the next.</summary>
    private static IEnumerable<string> ListedCards(string html) =>
        html.Split("data-service-item=", StringSplitOptions.None).Skip(1);

    private static Regex CheckedBox(string facet, string value) =>
        new($"<input type=\"checkbox\" id=\"f-{facet}-{value}\" name=\"{facet}\" value=\"{value}\" checked=\"checked\">");

    [GeneratedRegex("data-service-item=\"([^\"]+)\"")]
    private static partial Regex ListedItem();

    [GeneratedRegex("<p id=\"search-status\"[^>]*role=\"status\" aria-live=\"polite\"[^>]*>(?<text>[^<]*)</p>")]
    private static partial Regex StatusRegion();

    [GeneratedRegex("<div class=\"alert alert-danger\" role=\"alert\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorAlert();
}

public sealed class SearchPageTestsOnSqlite(SqliteAppFactory factory) : SearchPageTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SearchPageTestsOnPostgres(PostgresAppFactory factory) : SearchPageTests(factory), IClassFixture<PostgresAppFactory>;
