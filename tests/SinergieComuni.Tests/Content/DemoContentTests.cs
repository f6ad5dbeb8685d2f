using System.Net;
using SinergieComuni.Tests.Fixtures;

namespace SinergieComuni.Tests.Content;

/// <summary>A new database gets the demo pages from sync/, at their contracted addresses.</summary>
public abstract class DemoContentTests(SinergieAppFactory factory)
{
    [Theory]
    [InlineData("/", "SinergieComuni")]
    [InlineData("/chi-siamo", "Chi siamo")]
    [InlineData("/il-progetto", "Il progetto")]
    [InlineData("/il-territorio", "Il territorio")]
    [InlineData("/partner", "Partner")]
    [InlineData("/contatti", "Contatti")]
    [InlineData("/privacy", "Informativa sulla privacy")]
    [InlineData("/cookie", "Cookie")]
    [InlineData("/dichiarazione-di-accessibilita", "Dichiarazione di accessibilità")]
    public async Task Seed_page_is_published_at_its_address(string url, string title)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Il_progetto_tells_the_origins_the_challenges_and_the_three_steps()
    {
        using var client = factory.CreateClient();

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/il-progetto"));

        Assert.Contains("Da «Governare gli Equilibri» a «Nuove Sinergie»", html, StringComparison.Ordinal);
        foreach (var step in new[] { "Mappatura", "Progettazione", "Costruzione" })
        {
            Assert.Contains(step, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Il_territorio_names_the_nine_municipalities()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/il-territorio");

        foreach (var municipality in TerritoryMunicipalities())
        {
            Assert.Contains(municipality, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Layout_has_the_main_menu_the_partners_and_the_funding_statement()
    {
        using var client = factory.CreateClient();

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/chi-siamo"));

        foreach (var (label, url) in new[] { ("Servizi", "/servizi"), ("Mappa", "/mappa"), ("Notizie", "/notizie"), ("Documenti", "/documenti"), ("La rete", "/la-rete"), ("Chi siamo", "/chi-siamo"), ("Contatti", "/contatti") })
        {
            Assert.Contains($"href=\"{url}\"", html, StringComparison.Ordinal);
            Assert.Contains($"<span>{label}</span>", html, StringComparison.Ordinal);
        }

        foreach (var partner in new[] { "Spazio Aperto Servizi", "ASSEMI", "Piano C", "Centro Studi Alspes", "Regione Lombardia", "sinergiecomuni@spazioapertoservizi.org" })
        {
            Assert.Contains(partner, html, StringComparison.Ordinal);
        }

        Assert.Contains("aria-current=\"page\"", html, StringComparison.Ordinal);
        Assert.Contains("Percorso di navigazione", html, StringComparison.Ordinal);
        foreach (var legal in new[] { "/privacy", "/cookie", "/dichiarazione-di-accessibilita" })
        {
            Assert.Contains($"href=\"{legal}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_home_is_made_of_blocks_call_to_action_services_callout_faq_and_map()
    {
        using var client = factory.CreateClient();

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        Assert.Contains("href=\"/moduli/questionario-conciliazione\">Compila il questionario</a>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"blocco-3-titolo\">Servizi per la conciliazione</h2>", html, StringComparison.Ordinal);
        Assert.Contains("data-card=", html, StringComparison.Ordinal);
        Assert.Contains("<summary>Chi può usare i servizi della rete?</summary>", html, StringComparison.Ordinal);
        Assert.Contains("data-block-map=", html, StringComparison.Ordinal);
        Assert.Contains("class=\"sc-block callout note\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_slug_redirects_to_the_root()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync("/home");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static IEnumerable<string> TerritoryMunicipalities()
    {
        var path = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/territory.json"));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.GetProperty("municipalities").EnumerateArray().Select(m => m.GetProperty("name").GetString()!)];
    }
}

public sealed class DemoContentTestsOnSqlite(SqliteAppFactory factory) : DemoContentTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class DemoContentTestsOnPostgres(PostgresAppFactory factory) : DemoContentTests(factory), IClassFixture<PostgresAppFactory>;
