using System.Net;
using System.Text.RegularExpressions;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Documents;

/// <summary>/documenti and /documenti/{slug}: filters, search, pages, drafts, stable downloads and earlier versions.</summary>
public abstract partial class DocumentLibraryTests(SinergieAppFactory factory)
{
    private static string Token() => "zq" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<string> HtmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Listed(string html) => [.. ListedDocument().Matches(html).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task The_list_filters_by_type_topic_organisation_and_year()
    {
        var token = Token();
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var organisationSlug = await factory.DbAsync(db => Task.FromResult(db.ContentItems.Where(i => i.Id == organisation).Select(i => i.Slug).Single()));
        var (_, guide) = await factory.CreateDocumentAsync(d => { d.Title = $"Guida {token}"; d.DocumentType = "guida"; d.Topic = "rete"; });
        var (_, policy) = await factory.CreateDocumentAsync(d => { d.Title = $"Policy {token}"; d.DocumentType = "policy"; d.Topic = "welfare-aziendale"; d.OrganisationId = organisation; });
        var (_, old) = await factory.CreateDocumentAsync(d => { d.Title = $"Vecchio {token}"; d.DocumentType = "guida"; d.DocumentDate = new DateOnly(2019, 1, 5); });
        using var client = factory.CreateClient();

        Assert.Equal([guide, old], Listed(await HtmlAsync(client, $"/documenti?q={token}&tipo=guida")).Order());
        Assert.Equal([policy], Listed(await HtmlAsync(client, $"/documenti?q={token}&tema=welfare-aziendale")));
        Assert.Equal([policy], Listed(await HtmlAsync(client, $"/documenti?q={token}&ente={organisationSlug}")));
        var year = await HtmlAsync(client, $"/documenti?q={token}&anno=2019");
        Assert.Equal([old], Listed(year));
        Assert.Contains("1 documento trovato.", year, StringComparison.Ordinal);
        Assert.Contains("aria-live=\"polite\"", year, StringComparison.Ordinal);
        // Newest document date first.
        Assert.Equal(old, Listed(await HtmlAsync(client, $"/documenti?q={token}"))[^1]);
    }

    [Fact]
    public async Task Text_search_ignores_accents_and_case_in_title_and_summary()
    {
        var token = Token();
        var (_, inTitle) = await factory.CreateDocumentAsync(d => d.Title = $"Perché la città {token}");
        var (_, inSummary) = await factory.CreateDocumentAsync(d => { d.Title = Unique("Altro titolo"); d.Summary = $"Qualità del lavoro {token.ToUpperInvariant()}"; });
        using var client = factory.CreateClient();

        Assert.Equal([inTitle], Listed(await HtmlAsync(client, $"/documenti?q=PERCHE+CITTA+{token}")));
        Assert.Equal([inSummary], Listed(await HtmlAsync(client, $"/documenti?q=qualita+{token}")));
        var none = await HtmlAsync(client, $"/documenti?q=nessunaparola+{token}");
        Assert.Empty(Listed(none));
        Assert.Contains("Nessun documento trovato.", none, StringComparison.Ordinal);
        Assert.Contains("Nessun documento corrisponde alla ricerca", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_ten_documents_a_page()
    {
        var token = Token();
        for (var i = 0; i < 12; i++)
        {
            await factory.CreateDocumentAsync(d => d.Title = $"Documento {i:00} {token}");
        }

        using var client = factory.CreateClient();
        var first = await HtmlAsync(client, $"/documenti?q={token}");
        var second = await HtmlAsync(client, $"/documenti?q={token}&pagina=2");
        var beyond = await HtmlAsync(client, $"/documenti?q={token}&pagina=99");

        Assert.Equal(10, Listed(first).Count);
        Assert.Equal(2, Listed(second).Count);
        Assert.Empty(Listed(first).Intersect(Listed(second)));
        Assert.Contains($"href=\"/documenti?q={token}&pagina=2\"", first, StringComparison.Ordinal);
        Assert.Contains("12 documenti trovati, pagina 2 di 2.", second, StringComparison.Ordinal);
        Assert.Equal(Listed(second), Listed(beyond));
    }

    [Theory]
    [InlineData("/documenti?tipo=sconosciuto", "Il tipo di documento richiesto non esiste")]
    [InlineData("/documenti?tema=%3Cscript%3E", "Il tema richiesto non esiste")]
    [InlineData("/documenti?anno=duemila", "L'anno richiesto non è valido")]
    [InlineData("/documenti?anno=99999999999999", "L'anno richiesto non è valido")]
    [InlineData("/documenti?ente=..%2F..", "L'organizzazione richiesta non esiste")]
    [InlineData("/documenti?pagina=-3&q=%ED%A0%80", "documenti")]
    [InlineData("/documenti?pagina=abc&tipo=guida&tipo=policy", "documenti")]
    public async Task Bad_parameters_are_ignored_with_an_Italian_notice(string url, string expected)
    {
        using var client = factory.CreateClient();

        var html = await HtmlAsync(client, url);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_never_listed_shown_downloadable_or_in_the_sitemap()
    {
        var token = Token();
        var (_, slug) = await factory.CreateDocumentAsync(d => d.Title = $"Bozza {token}", publish: false);
        using var client = factory.CreateClient();

        Assert.Empty(Listed(await HtmlAsync(client, $"/documenti?q={token}")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documenti/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documenti/{slug}/scarica")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documenti/{slug}/versioni/1/scarica")).StatusCode);
        Assert.DoesNotContain($"/documenti/{slug}", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_document_is_in_the_sitemap_and_its_page_shows_its_details()
    {
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var bytes = DocumentFixtures.Pdf(new string('x', 2000));
        var (_, slug) = await factory.CreateDocumentAsync(d => { d.OrganisationId = organisation; d.IsTemplate = true; d.VersionLabel = "2.3"; d.DocumentType = "modello"; d.Topic = "lavoro-agile"; }, bytes: bytes);
        using var client = factory.CreateClient();

        var html = await HtmlAsync(client, $"/documenti/{slug}");

        Assert.Contains($"/documenti/{slug}", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/documenti/{slug}/scarica\"", html, StringComparison.Ordinal);
        Assert.Contains("Modello / fac-simile", html, StringComparison.Ordinal);
        Assert.Contains("Lavoro agile", html, StringComparison.Ordinal);
        Assert.Contains("10 aprile 2025", html, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"col-sm-8\">2.3</dd>", html, StringComparison.Ordinal);
        Assert.Contains("PDF, 2 kB", html, StringComparison.Ordinal);
        Assert.Contains("data-template-badge>Modello<", html, StringComparison.Ordinal);
        Assert.Contains("Fac-simile da adattare", html, StringComparison.Ordinal);
        Assert.Contains("Cooperativa di prova", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Versioni precedenti", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_download_address_stays_the_same_and_serves_the_newly_published_file()
    {
        var first = DocumentFixtures.Pdf("prima versione");
        var second = DocumentFixtures.Pdf("seconda versione");
        var (id, slug) = await factory.CreateDocumentAsync(bytes: first);
        using var client = factory.CreateClient();
        var before = await client.GetAsync($"/documenti/{slug}/scarica");

        await factory.SaveNewVersionAsync(id, second, "2.0", publish: true);
        var after = await client.GetAsync($"/documenti/{slug}/scarica");

        Assert.Equal(first, await before.Content.ReadAsByteArrayAsync());
        Assert.Equal(second, await after.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task A_saved_but_unpublished_version_does_not_change_the_download()
    {
        var published = DocumentFixtures.Pdf("pubblicata");
        var (id, slug) = await factory.CreateDocumentAsync(bytes: published);

        await factory.SaveNewVersionAsync(id, DocumentFixtures.Pdf("bozza"), "2.0", publish: false);
        using var client = factory.CreateClient();

        Assert.Equal(published, await client.GetByteArrayAsync($"/documenti/{slug}/scarica"));
        // The draft's version number is not downloadable either.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documenti/{slug}/versioni/2/scarica")).StatusCode);
        Assert.DoesNotContain("Versioni precedenti", await HtmlAsync(client, $"/documenti/{slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_download_is_an_attachment_with_the_stored_name_and_is_revalidated()
    {
        var bytes = DocumentFixtures.Pdf("intestazioni");
        var (_, slug) = await factory.CreateDocumentAsync(bytes: bytes);
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"/documenti/{slug}/scarica");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("documento.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/documenti/{slug}/scarica");
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task Earlier_published_files_are_listed_and_downloadable()
    {
        var first = DocumentFixtures.Pdf("versione 1.0");
        var (id, slug) = await factory.CreateDocumentAsync(bytes: first);
        await factory.SaveNewVersionAsync(id, DocumentFixtures.Pdf("versione 1.1"), "1.1", publish: true);
        using var client = factory.CreateClient();

        var html = await HtmlAsync(client, $"/documenti/{slug}");

        Assert.Contains("Versioni precedenti", html, StringComparison.Ordinal);
        Assert.Contains("Versione 1.0 del 10 aprile 2025", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/documenti/{slug}/versioni/1/scarica\"", html, StringComparison.Ordinal);
        Assert.Equal(first, await client.GetByteArrayAsync($"/documenti/{slug}/versioni/1/scarica"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documenti/{slug}/versioni/99/scarica")).StatusCode);
    }

    [Fact]
    public async Task A_document_in_the_bin_is_gone_from_the_list_the_page_and_the_download()
    {
        var token = Token();
        var (id, slug) = await factory.CreateDocumentAsync(d => d.Title = $"Cestinato {token}");
        var revision = await factory.DbAsync(db => Task.FromResult(db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).Single()));
        Assert.True((await factory.WorkflowAsync(w => w.DeleteAsync(Editor, id, revision, CancellationToken.None))).Succeeded);
        using var client = factory.CreateClient();

        Assert.Empty(Listed(await HtmlAsync(client, $"/documenti?q={token}")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documenti/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documenti/{slug}/scarica")).StatusCode);
    }

    [GeneratedRegex("data-document=\"([a-z0-9-]+)\"")]
    private static partial Regex ListedDocument();
}

public sealed class DocumentLibraryTestsOnSqlite(SqliteAppFactory factory) : DocumentLibraryTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class DocumentLibraryTestsOnPostgres(PostgresAppFactory factory) : DocumentLibraryTests(factory), IClassFixture<PostgresAppFactory>;
