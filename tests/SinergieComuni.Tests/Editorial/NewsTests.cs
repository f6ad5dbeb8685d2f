using System.Net;
using System.Xml.Linq;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using static SinergieComuni.Tests.Editorial.EditorialFixtures;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Editorial;

/// <summary>/notizie, /notizie/{slug} and the news feeds read only published news. Runs once per provider.</summary>
public abstract class NewsTests(SinergieAppFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<string> HtmlAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_list_shows_ten_news_a_page_newest_first_with_accessible_pagination()
    {
        // Dates far in the future (later than any other test's) put these items first whatever else the database holds.
        var titles = new List<string>();
        for (var day = 1; day <= 11; day++)
        {
            var title = Unique($"Notizia del giorno {day}");
            titles.Add(title);
            await factory.CreateAsync(ContentTypes.News, News(title, new DateOnly(2199, 1, day)), publish: true);
        }

        var first = await HtmlAsync("/notizie");
        var second = await HtmlAsync("/notizie?pagina=2");

        for (var day = 11; day >= 2; day--)
        {
            Assert.Contains(titles[day - 1], first, StringComparison.Ordinal);
        }

        Assert.True(first.IndexOf(titles[10], StringComparison.Ordinal) < first.IndexOf(titles[1], StringComparison.Ordinal), "Newest first.");
        Assert.DoesNotContain(titles[0], first, StringComparison.Ordinal);
        Assert.Contains(titles[0], second, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Pagine dell'elenco\"", first, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"><span class=\"visually-hidden\">Pagina </span>2", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"alternate\" type=\"application/rss+xml\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_topic_filter_lists_only_news_of_that_topic_and_an_unknown_topic_is_not_found()
    {
        var agile = Unique("Notizia sul lavoro agile");
        var welfare = Unique("Notizia sul welfare");
        await factory.CreateAsync(ContentTypes.News, News(agile, new DateOnly(2191, 5, 1), "lavoro-agile"), publish: true);
        await factory.CreateAsync(ContentTypes.News, News(welfare, new DateOnly(2191, 5, 2), "welfare-aziendale"), publish: true);

        var html = await HtmlAsync("/notizie?argomento=lavoro-agile");

        Assert.Contains(agile, html, StringComparison.Ordinal);
        Assert.DoesNotContain(welfare, html, StringComparison.Ordinal);
        Assert.Contains("<h1>Notizie: Lavoro agile</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/notizie?argomento=lavoro-agile\" aria-current=\"page\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/notizie?argomento=non-esiste")).StatusCode);
    }

    [Fact]
    public async Task The_article_shows_title_date_topics_and_a_sanitised_body_with_related_news()
    {
        var title = Unique("Articolo completo");
        var related = Unique("Notizia correlata");
        var document = News(title, new DateOnly(2026, 12, 12), "rete");
        document.Body = "<p>Testo <strong>importante</strong> <a href=\"/servizi\">servizi</a></p><script>alert('x')</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">link</a>";
        var id = await factory.CreateAsync(ContentTypes.News, document, publish: true);
        await factory.CreateAsync(ContentTypes.News, News(related, new DateOnly(2150, 12, 1), "rete"), publish: true);

        var html = await HtmlAsync("/notizie/" + await factory.SlugAsync(id));

        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("12 dicembre 2026", html, StringComparison.Ordinal);
        Assert.Contains("La rete SinergieComuni", html, StringComparison.Ordinal);
        Assert.Contains("<strong>importante</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/servizi\">servizi</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.Contains(related, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/notizie/non-esiste-affatto")).StatusCode);
    }

    [Fact]
    public async Task Rss_and_atom_feeds_are_xml_with_the_latest_news_and_absolute_links()
    {
        var title = Unique("Notizia nel feed");
        var id = await factory.CreateAsync(ContentTypes.News, News(title, new DateOnly(2198, 1, 1)), publish: true);
        var url = SinergieAppFactory.BaseAddress.GetLeftPart(UriPartial.Authority) + "/notizie/" + await factory.SlugAsync(id);
        var client = factory.CreateClient();

        var rssResponse = await client.GetAsync("/notizie/feed.rss");
        var atomResponse = await client.GetAsync("/notizie/feed.atom");

        Assert.Equal("application/rss+xml", rssResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/atom+xml", atomResponse.Content.Headers.ContentType?.MediaType);
        var rss = XDocument.Parse(await rssResponse.Content.ReadAsStringAsync());
        var atom = XDocument.Parse(await atomResponse.Content.ReadAsStringAsync());
        var items = rss.Root!.Element("channel")!.Elements("item").ToList();
        Assert.InRange(items.Count, 1, 20);
        var item = Assert.Single(items, i => i.Element("title")!.Value == title);
        Assert.Equal(url, item.Element("link")!.Value);
        Assert.Equal(url, item.Element("guid")!.Value);
        Assert.All(items, i => Assert.StartsWith("https://", i.Element("link")!.Value, StringComparison.Ordinal));
        var entries = atom.Root!.Elements(Atom + "entry").ToList();
        var entry = Assert.Single(entries, e => e.Element(Atom + "title")!.Value == title);
        Assert.Equal(url, entry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.InRange(entries.Count, 1, 20);
        Assert.NotNull(atom.Root.Element(Atom + "updated"));
    }

    [Fact]
    public async Task Drafts_and_unpublished_news_never_appear_in_lists_feeds_or_pages()
    {
        var draft = Unique("Bozza segreta");
        var withdrawn = Unique("Notizia ritirata");
        var draftId = await factory.CreateAsync(ContentTypes.News, News(draft, new DateOnly(2196, 1, 1), "rete"));
        var withdrawnId = await factory.CreateAsync(ContentTypes.News, News(withdrawn, new DateOnly(2196, 1, 2), "rete"), publish: true);
        var unpublished = await factory.WorkflowAsync(w => w.UnpublishAsync(Editor, withdrawnId, null, CancellationToken.None));
        Assert.True(unpublished.Succeeded, Describe(unpublished));
        var client = factory.CreateClient();

        foreach (var url in new[] { "/notizie", "/notizie?argomento=rete", "/notizie/feed.rss", "/notizie/feed.atom", "/sitemap.xml" })
        {
            var text = await client.GetStringAsync(url);
            Assert.DoesNotContain(draft, text, StringComparison.Ordinal);
            Assert.DoesNotContain(withdrawn, text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/notizie/" + await factory.SlugAsync(draftId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/notizie/" + await factory.SlugAsync(withdrawnId))).StatusCode);
    }

    [Fact]
    public async Task A_scheduled_news_item_appears_only_once_published()
    {
        var title = Unique("Notizia programmata");
        var id = await factory.CreateAsync(ContentTypes.News, News(title, new DateOnly(2197, 1, 1), "servizi"));
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var scheduled = await factory.WorkflowAsync(w => w.ScheduleAsync(Editor, id, now.AddHours(2), null, null, CancellationToken.None));
        Assert.True(scheduled.Succeeded, Describe(scheduled));
        var client = factory.CreateClient();

        var article = "/notizie/" + await factory.SlugAsync(id);

        await factory.RunSchedulerAsync();
        Assert.DoesNotContain(title, await client.GetStringAsync("/notizie/feed.rss"), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await client.GetStringAsync("/notizie?argomento=servizi"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(article)).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(3));
        await factory.RunSchedulerAsync();

        Assert.Contains(title, await client.GetStringAsync("/notizie/feed.rss"), StringComparison.Ordinal);
        Assert.Contains(title, await client.GetStringAsync("/notizie?argomento=servizi"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(article)).StatusCode);
    }
}

public sealed class NewsTestsOnSqlite(SqliteAppFactory factory) : NewsTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class NewsTestsOnPostgres(PostgresAppFactory factory) : NewsTests(factory), IClassFixture<PostgresAppFactory>;
