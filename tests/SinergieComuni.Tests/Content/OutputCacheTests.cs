using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.PageCache;
using SinergieComuni.Web.Infrastructure;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Content;

/// <summary>
/// Output caching of public pages. A page is shown to come from the cache when a change made to the database behind
/// the workflow's back (which evicts nothing) does not show. Runs once per database provider.
/// </summary>
public abstract class OutputCacheTests(SinergieAppFactory factory)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_published_page_is_served_from_the_cache()
    {
        var (_, path) = await PublishedPageAsync();
        using var client = factory.CreateClient();
        var first = await client.GetAsync(path);
        Assert.Contains("Testo di prova.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await ChangeBodyBehindTheWorkflowAsync(path, "Testo cambiato di nascosto.");
        var second = await client.GetAsync(path);

        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("Testo di prova.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Testo cambiato di nascosto.", html, StringComparison.Ordinal);
        Assert.True(second.Headers.Age is not null, "A response served from the output cache carries an Age header.");
    }

    [Fact]
    public async Task Publishing_a_new_version_evicts_the_cached_page_at_once()
    {
        var (id, path) = await PublishedPageAsync();
        using var client = factory.CreateClient();
        Assert.Contains("Testo di prova.", await client.GetStringAsync(path), StringComparison.Ordinal);
        await ChangeBodyBehindTheWorkflowAsync(path, "Testo cambiato di nascosto.");
        Assert.Contains("Testo di prova.", await client.GetStringAsync(path), StringComparison.Ordinal);

        await SaveAndPublishAsync(id, "Testo della seconda versione.");

        var html = await client.GetStringAsync(path);
        Assert.Contains("Testo della seconda versione.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Testo di prova.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublishing_gives_404_at_once()
    {
        var (id, path) = await PublishedPageAsync();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);

        Assert.True((await factory.WorkflowAsync(w => w.UnpublishAsync(Editor, id, null, None))).Succeeded);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Scheduled_publishing_evicts_the_cached_page()
    {
        var (id, path) = await PublishedPageAsync();
        using var client = factory.CreateClient();
        Assert.Contains("Testo di prova.", await client.GetStringAsync(path), StringComparison.Ordinal);
        var revision = await RevisionAsync(id);
        var next = Page((await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Title).SingleAsync())));
        next.Slug = path.TrimStart('/');
        next.Body = "<p>Testo programmato.</p>";
        Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(Editor, id, next, revision, None))).Succeeded);
        var at = factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(10);
        Assert.True((await factory.WorkflowAsync(w => w.ScheduleAsync(Editor, id, at, null, null, None))).Succeeded);
        Assert.Contains("Testo di prova.", await client.GetStringAsync(path), StringComparison.Ordinal);
        await ChangeBodyBehindTheWorkflowAsync(path, "Testo cambiato di nascosto.", publishedOnly: true);
        Assert.Contains("Testo di prova.", await client.GetStringAsync(path), StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ScheduledPublishing>().RunOnceAsync(None));
        }

        Assert.Contains("Testo programmato.", await client.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_requests_are_neither_served_from_nor_stored_in_the_cache()
    {
        var (_, path) = await PublishedPageAsync();
        using var editor = await factory.SignedInClientAsync(Roles.Editor);
        Assert.Contains("Testo di prova.", await editor.GetStringAsync(path), StringComparison.Ordinal);

        await ChangeBodyBehindTheWorkflowAsync(path, "Primo cambio di nascosto.");
        Assert.Contains("Primo cambio di nascosto.", await editor.GetStringAsync(path), StringComparison.Ordinal);
        using var anonymous = factory.CreateClient();
        Assert.Contains("Primo cambio di nascosto.", await anonymous.GetStringAsync(path), StringComparison.Ordinal);

        // The anonymous copy is now cached, and still not shown to the editor.
        await ChangeBodyBehindTheWorkflowAsync(path, "Secondo cambio di nascosto.");
        Assert.Contains("Primo cambio di nascosto.", await anonymous.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Contains("Secondo cambio di nascosto.", await editor.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_backoffice_is_never_cached()
    {
        var (id, _) = await PublishedPageAsync();
        using var editor = await factory.SignedInClientAsync(Roles.Editor);
        var response = await editor.GetAsync($"/backoffice/pagine/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Age);
        var renamed = Unique("Titolo cambiato di nascosto");
        await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, renamed)));

        var list = await editor.GetStringAsync("/backoffice/contenuti/pagine");

        Assert.Contains(renamed, System.Net.WebUtility.HtmlDecode(list), StringComparison.Ordinal);
        Assert.False(PublicPageCacheConvention.IsPublic("/Backoffice/Content/PageEditor"));
        Assert.False(PublicPageCacheConvention.IsPublic("/Forms/FormPage"));
        Assert.True(PublicPageCacheConvention.IsPublic("/ContentPage"));
    }

    [Fact]
    public async Task A_form_page_with_its_antiforgery_token_is_never_cached()
    {
        var title = Unique("Modulo di prova");
        var id = await factory.CreateAsync(ContentTypes.Form, new SinergieComuni.Web.Features.Forms.FormDocument
        {
            Title = title,
            Pages = [new() { Key = "p", Groups = [new() { Key = "g", Fields = [Forms.FormFixtures.Consent()] }] }],
        }, publish: true);
        var slug = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.PublishedSlug!).SingleAsync());
        using var client = factory.CreateClient();
        var first = await client.GetAsync($"/moduli/{slug}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("__RequestVerificationToken", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var second = await client.GetAsync($"/moduli/{slug}");

        Assert.Null(second.Headers.Age);
        Assert.NotEqual(HtmlForms.AntiforgeryToken(await first.Content.ReadAsStringAsync()), HtmlForms.AntiforgeryToken(await second.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_public_page_that_opts_out_is_not_stored()
    {
        var (_, path) = await PublishedPageAsync();
        using var client = factory.CreateClient();
        // A page rendering an antiforgery token marks its response no-store: the policy refuses to keep it.
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Response.Headers.CacheControl = "no-cache, no-store";
        var cacheContext = new Microsoft.AspNetCore.OutputCaching.OutputCacheContext { HttpContext = context, AllowCacheStorage = true };
        await using var scope = factory.Services.CreateAsyncScope();
        var policy = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<PublicPagePolicy>(scope.ServiceProvider);
        await ((Microsoft.AspNetCore.OutputCaching.IOutputCachePolicy)policy).ServeResponseAsync(cacheContext, None);
        Assert.False(cacheContext.AllowCacheStorage);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Pages_with_and_without_the_cookie_notice_are_cached_apart()
    {
        var (_, path) = await PublishedPageAsync();
        using var firstVisit = factory.CreateClient();
        using var returning = factory.CreateClient();
        returning.DefaultRequestHeaders.Add("Cookie", CookieNotice.CookieName + "=1");

        Assert.Contains("data-cookie-notice", await firstVisit.GetStringAsync(path), StringComparison.Ordinal);
        Assert.DoesNotContain("data-cookie-notice", await returning.GetStringAsync(path), StringComparison.Ordinal);
        var cached = await firstVisit.GetAsync(path);
        Assert.NotNull(cached.Headers.Age);
        Assert.Contains("data-cookie-notice", await cached.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(cached.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("data-cookie-notice", await returning.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/chi-siamo")]
    [InlineData("/servizi")]
    public async Task Public_pages_of_the_demo_content_are_cached(string path)
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);

        var second = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
    }

    [Fact]
    public async Task A_free_text_search_is_not_cached()
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cerca?q=nido")).StatusCode);

        var second = await client.GetAsync("/cerca?q=nido");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    private async Task<(Guid Id, string Path)> PublishedPageAsync()
    {
        var id = await factory.CreateAsync(ContentTypes.Page, Page(), publish: true);
        var slug = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.PublishedSlug!).SingleAsync());
        return (id, "/" + slug);
    }

    private Task<int> RevisionAsync(Guid id) => factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).SingleAsync());

    private async Task SaveAndPublishAsync(Guid id, string text)
    {
        var revision = await RevisionAsync(id);
        var item = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => new { i.Title, i.Slug }).SingleAsync());
        var next = Page(item.Title);
        next.Slug = item.Slug;
        next.Body = $"<p>{text}</p>";
        Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(Editor, id, next, revision, None))).Succeeded);
        Assert.True((await factory.WorkflowAsync(w => w.PublishAsync(Editor, id, null, None))).Succeeded);
    }

    /// <summary>Rewrites the body of the item's versions in the database without the workflow, so nothing is evicted.</summary>
    private Task ChangeBodyBehindTheWorkflowAsync(string path, string text, bool publishedOnly = false) =>
        factory.DbAsync(async db =>
        {
            var item = await db.ContentItems.SingleAsync(i => i.PublishedSlug == path.TrimStart('/'));
            var versions = await db.ContentVersions.Where(v => v.ItemId == item.Id && (!publishedOnly || v.Number == item.PublishedVersion)).ToListAsync();
            foreach (var version in versions)
            {
                var json = System.Text.Json.Nodes.JsonNode.Parse(version.DataJson)!;
                json["body"] = $"<p>{text}</p>";
                version.DataJson = json.ToJsonString();
            }

            return await db.SaveChangesAsync();
        });
}

public sealed class OutputCacheTestsOnSqlite(SqliteAppFactory factory) : OutputCacheTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class OutputCacheTestsOnPostgres(PostgresAppFactory factory) : OutputCacheTests(factory), IClassFixture<PostgresAppFactory>;
