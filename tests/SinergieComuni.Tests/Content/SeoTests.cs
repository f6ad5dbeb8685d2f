using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Media;
using SinergieComuni.Web.Features.Navigation;
using SinergieComuni.Web.Infrastructure;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Content;

/// <summary>Title, description, canonical, Open Graph, Twitter, breadcrumb JSON-LD, update date and robots.txt. Runs once per database provider.</summary>
public abstract partial class SeoTests(SinergieAppFactory factory)
{
    [Fact]
    public async Task A_page_has_title_description_canonical_and_sharing_tags()
    {
        var page = Page();
        page.Summary = "Il sommario della pagina per i motori di ricerca.";
        var path = await PublishAsync(page);
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(path + "?utm_source=prova&page=1"));

        Assert.Contains($"<title>{page.Title} – SinergieComuni</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<meta name=\"description\" content=\"{page.Summary}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"https://sinergie.test{path}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"https://sinergie.test{path}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:title\" content=\"{page.Title}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:description\" content=\"{page.Summary}\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"website\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:site_name\" content=\"SinergieComuni\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:locale\" content=\"it_IT\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("og:image", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_without_description_gets_the_default_and_later_list_pages_keep_their_number_in_the_canonical()
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/servizi?page=2&sort=nome"));

        Assert.Contains("<link rel=\"canonical\" href=\"https://sinergie.test/servizi?page=2\">", html, StringComparison.Ordinal);
        var search = WebUtility.HtmlDecode(await client.GetStringAsync("/cerca"));
        Assert.Contains("<meta name=\"description\" content=\"Cerca tra i servizi", search, StringComparison.Ordinal);
        var missing = await client.GetAsync("/questa-pagina-non-esiste");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains($"<meta name=\"description\" content=\"{PageSeoBuilder.DefaultDescription}\">",
            WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_breadcrumb_json_ld_names_every_step_and_a_script_tag_in_a_title_cannot_break_out()
    {
        var page = Page("Titolo </script><script>alert(1)</script> & altro");
        page.Slug = "pagina-seo-" + Guid.NewGuid().ToString("N")[..8];
        var path = await PublishAsync(page);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(path);

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.True(JsonLdPattern().Matches(html).Count == 1, html[..Math.Min(html.Length, 6000)]);
        var json = Assert.Single(JsonLdPattern().Matches(html)).Groups[1].Value;
        using var document = JsonDocument.Parse(json);
        Assert.Equal("BreadcrumbList", document.RootElement.GetProperty("@type").GetString());
        var items = document.RootElement.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("Home", items[0].GetProperty("name").GetString());
        Assert.Equal("https://sinergie.test/", items[0].GetProperty("item").GetString());
        Assert.Equal(page.Title, items[1].GetProperty("name").GetString());
        Assert.Equal(2, items[1].GetProperty("position").GetInt32());
        Assert.Equal($"https://sinergie.test{path}", items[1].GetProperty("item").GetString());
    }

    [Fact]
    public async Task The_update_date_is_shown_once_by_the_layout_in_Rome_time()
    {
        var path = await PublishAsync(Page());
        var published = await factory.DbAsync(db => db.ContentItems.Where(i => i.PublishedSlug == path.TrimStart('/')).Select(i => i.PublishedUtc!.Value).SingleAsync());
        var expected = published.ToRomeTime().ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("it-IT"));
        using var client = factory.CreateClient();

        foreach (var url in new[] { path, "/servizi", "/cerca", "/" })
        {
            var html = await client.GetStringAsync(url);
            Assert.Single(Regex.Matches(html, "data-element=\"metadata\""));
            Assert.Single(Regex.Matches(html, "Pagina aggiornata il \\d{1,2} [a-zì]+ \\d{4}"));
        }

        Assert.Contains($"Pagina aggiornata il {expected}", await client.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_share_image_is_an_absolute_1280_wide_jpeg_variant_with_a_large_card()
    {
        var fileId = Guid.NewGuid();
        await factory.DbAsync(db =>
        {
            db.StoredFiles.Add(new StoredFile { Id = fileId, FileName = "famiglia.jpg", ContentType = "image/jpeg", Size = 10, Sha256 = "x", CreatedBy = "test" });
            return db.SaveChangesAsync();
        });
        await using var scope = factory.Services.CreateAsyncScope();
        var builder = scope.ServiceProvider.GetRequiredService<PageSeoBuilder>();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("sinergie.test");
        context.Request.Path = "/notizie/una-notizia";
        var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary())
        {
            ["Title"] = "Una notizia",
            ["Image"] = fileId.ToString(),
            ["OgType"] = "article",
        };

        var seo = await builder.BuildAsync(viewData, context, CancellationToken.None);

        Assert.Equal($"https://sinergie.test/file/{fileId}/famiglia.jpg?width=1280&format=jpeg", seo.ImageUrl);
        Assert.Contains(1280, new ImageOptions().Sizes);
        Assert.Equal("summary_large_image", seo.TwitterCard);
        Assert.Equal("article", seo.OgType);
        viewData["Image"] = Guid.NewGuid().ToString();
        Assert.Null((await builder.BuildAsync(viewData, context, CancellationToken.None)).ImageUrl);
    }

    [Fact]
    public async Task Robots_txt_allows_the_site_keeps_crawlers_out_of_the_backoffice_and_names_the_sitemap()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Disallow: /backoffice", lines);
        Assert.Contains("Disallow: /api/", lines);
        Assert.DoesNotContain("Disallow: /", lines);
        Assert.Contains("Sitemap: https://sinergie.test/sitemap.xml", lines);
    }

    private async Task<string> PublishAsync(PageDocument page)
    {
        var id = await factory.CreateAsync(ContentTypes.Page, page, publish: true);
        return "/" + await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.PublishedSlug!).SingleAsync());
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();
}

public sealed class SeoTestsOnSqlite(SqliteAppFactory factory) : SeoTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SeoTestsOnPostgres(PostgresAppFactory factory) : SeoTests(factory), IClassFixture<PostgresAppFactory>;
