using System.Net;
using System.Text.Json;
using SinergieComuni.Tests.Fixtures;

namespace SinergieComuni.Tests.Search;

/// <summary>Pages and organisations are in the public index too: /cerca and the "tipo" parameter of the API.</summary>
public abstract class SiteSearchTests(SinergieAppFactory factory)
{
    [Fact]
    public async Task The_site_search_finds_pages_organisations_and_services()
    {
        var client = factory.CreateClient();

        var privacy = await client.GetStringAsync("/cerca?q=informativa%20privacy");
        Assert.Contains("href=\"/privacy\"", privacy, StringComparison.Ordinal);
        Assert.Contains("<mark>", privacy, StringComparison.Ordinal);
        Assert.Matches("role=\"status\"[^>]*>\\s*\\d+ risultat", privacy);

        var organisation = await client.GetStringAsync("/cerca?q=banca%20del%20tempo&tipo=organizzazione");
        Assert.Contains("href=\"/organizzazioni/", organisation, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/servizi/", organisation, StringComparison.Ordinal);

        Assert.Contains("href=\"/servizi/", await client.GetStringAsync("/cerca?q=asilo%20nido"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_links_to_the_site_search()
    {
        Assert.Contains("href=\"/cerca\" aria-label=\"Cerca nel sito\"", await factory.CreateClient().GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_searches_other_types_when_asked()
    {
        var client = factory.CreateClient();
        using var pages = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=privacy&tipo=pagina"));
        Assert.Contains(pages.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("url").GetString() == "/privacy");

        using var services = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=privacy"));
        Assert.DoesNotContain(services.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("url").GetString() == "/privacy");

        var bad = await client.GetAsync("/api/search?tipo=segreti");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = await client.GetAsync("/cerca?tipo=segreti&q=nido");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Tipo di contenuto non valido", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SiteSearchTestsOnSqlite(SqliteAppFactory factory) : SiteSearchTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SiteSearchTestsOnPostgres(PostgresAppFactory factory) : SiteSearchTests(factory), IClassFixture<PostgresAppFactory>;
