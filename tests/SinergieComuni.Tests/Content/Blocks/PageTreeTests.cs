using System.Net;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Content.Blocks;

/// <summary>Parent and child pages: addresses from the chain of slugs, breadcrumbs, redirects, no cycles.</summary>
public abstract class PageTreeTests(SinergieAppFactory factory)
{
    private static string NewSlug(string text) => $"{text}-{Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task A_child_page_lives_under_its_parent_with_breadcrumbs_and_in_the_sitemap()
    {
        var (parentSlug, childSlug) = (NewSlug("rete"), NewSlug("partner"));
        var parent = await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = "La rete di prova", Slug = parentSlug, Body = "<p>x</p>" }, publish: true);
        await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = "Partner di prova", Slug = childSlug, ParentId = parent, Body = "<p>Figlia</p>" }, publish: true);
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync($"/{parentSlug}/{childSlug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<li class=\"breadcrumb-item\"><a href=\"/{parentSlug}\">La rete di prova</a>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"breadcrumb-item active\" aria-current=\"page\">Partner di prova</li>", html, StringComparison.Ordinal);
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        Assert.Contains($"/{parentSlug}/{childSlug}</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain($"sinergie.test/{childSlug}</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_reached_by_a_wrong_chain_or_its_flat_address_redirects_permanently_to_its_real_path()
    {
        var (parentSlug, childSlug) = (NewSlug("sopra"), NewSlug("sotto"));
        var parent = await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = "Sopra", Slug = parentSlug, Body = "<p>x</p>" }, publish: true);
        await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = "Sotto", Slug = childSlug, ParentId = parent, Body = "<p>x</p>" }, publish: true);
        using var client = factory.CreateBrowserLikeClient();

        foreach (var wrong in new[] { $"/{childSlug}", $"/altro/{childSlug}", $"/{childSlug}/{parentSlug}/{childSlug}" })
        {
            var response = await client.GetAsync(wrong + "?x=1");
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal($"/{parentSlug}/{childSlug}?x=1", response.Headers.Location?.OriginalString);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{parentSlug}/non-esiste-{Guid.NewGuid():N}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{parentSlug}/Non Valido")).StatusCode);
    }

    [Fact]
    public async Task Renaming_a_child_keeps_its_old_nested_address_working()
    {
        var (parentSlug, oldSlug, newSlug) = (NewSlug("genitore"), NewSlug("vecchio"), NewSlug("nuovo"));
        var parent = await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = "Genitore", Slug = parentSlug, Body = "<p>x</p>" }, publish: true);
        var child = await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = "Figlio", Slug = oldSlug, ParentId = parent, Body = "<p>x</p>" }, publish: true);
        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == child).Select(i => i.Revision).SingleAsync());
        var saved = await factory.WorkflowAsync(w => w.SaveAsync(Editor, child, new PageDocument { Title = "Figlio", Slug = newSlug, ParentId = parent, Body = "<p>x</p>" }, revision, CancellationToken.None));
        Assert.True(saved.Succeeded);
        Assert.True((await factory.WorkflowAsync(w => w.PublishAsync(Editor, child, null, CancellationToken.None))).Succeeded);
        using var client = factory.CreateBrowserLikeClient();

        var first = await client.GetAsync($"/{parentSlug}/{oldSlug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, first.StatusCode);
        var second = await client.GetAsync(first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, second.StatusCode);
        Assert.Equal($"/{parentSlug}/{newSlug}", second.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{parentSlug}/{newSlug}")).StatusCode);
    }

    [Fact]
    public async Task A_page_cannot_become_its_own_ancestor()
    {
        using var client = await factory.SignedInClientAsync(Roles.Editor);
        var top = await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = Unique("Nonno"), Body = "<p>x</p>" });
        var middle = await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = Unique("Padre"), ParentId = top, Body = "<p>x</p>" });
        var editor = $"/backoffice/pagine/{top}";

        var form = WebUtility.HtmlDecode(await client.GetStringAsync(editor));
        Assert.DoesNotContain($"<option value=\"{middle}\"", form, StringComparison.Ordinal);

        var response = await client.SubmitAsync(editor, [new("Document.Title", "Nonno"), new("Revision", "1"), new("Document.ParentId", middle.ToString())], editor + "?handler=Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("renderebbe la pagina antenata di sé stessa", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await factory.DbAsync(db => db.ContentVersions.CountAsync(v => v.ItemId == top)));
    }

    [Fact]
    public async Task The_editor_links_a_published_child_to_its_nested_address()
    {
        using var client = await factory.SignedInClientAsync(Roles.Editor);
        var (parentSlug, childSlug) = (NewSlug("base"), NewSlug("ramo"));
        var parent = await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = "Base", Slug = parentSlug, Body = "<p>x</p>" }, publish: true);
        var child = await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = "Ramo", Slug = childSlug, ParentId = parent, Body = "<p>x</p>" }, publish: true);

        var html = await client.GetStringAsync($"/backoffice/pagine/{child}");

        Assert.Contains($"<a href=\"/{parentSlug}/{childSlug}\">Vedi sul sito</a>", html, StringComparison.Ordinal);
    }
}

public sealed class PageTreeTestsOnSqlite(SqliteAppFactory factory) : PageTreeTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PageTreeTestsOnPostgres(PostgresAppFactory factory) : PageTreeTests(factory), IClassFixture<PostgresAppFactory>;
