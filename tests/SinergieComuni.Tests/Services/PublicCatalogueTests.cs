using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Tests.Services;

/// <summary>The public catalogue: the list, the service card, the organisation and municipality pages, on the demo content from sync/.</summary>
public abstract partial class PublicCatalogueTests(SinergieAppFactory factory)
{
    private const string DemoCard = "asilo-nido-il-bosco-dei-piccoli";

    private static readonly string[] ModelSectionOrder =
        ["who-needs", "description", "how-to", "needed", "obtain", "deadlines", "costs", "submit-request", "more-info", "conditions", "contacts", "topics"];

    [Fact]
    public async Task Catalogue_shows_twelve_cards_a_page_in_Italian_alphabetical_order()
    {
        using var client = factory.CreateClient();

        var first = await client.GetStringAsync("/servizi");
        var second = await client.GetStringAsync("/servizi?page=2");

        var firstSlugs = ListedSlugs(first);
        var secondSlugs = ListedSlugs(second);
        Assert.Equal(12, firstSlugs.Count);
        Assert.NotEmpty(secondSlugs);
        Assert.Empty(firstSlugs.Intersect(secondSlugs));
        var titles = ListedTitles(first);
        Assert.Equal(titles.Order(StringComparer.Create(CultureInfo.GetCultureInfo("it-IT"), ignoreCase: true)), titles);
        Assert.Contains("servizi trovati", first, StringComparison.Ordinal);
        Assert.Matches("<li class=\"page-item active\"><a class=\"page-link\" href=\"[^\"]*\" aria-current=\"page\">", first);
        Assert.Contains("href=\"/servizi?page=2\"", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/servizi?page=999")]
    [InlineData("/servizi?page=0")]
    [InlineData("/servizi?page=-3")]
    [InlineData("/servizi?page=abc")]
    [InlineData("/servizi?page=99999999999999999999")]
    public async Task Any_page_number_answers_with_a_page_of_cards(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(ListedSlugs(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_page_beyond_the_end_shows_the_last_page_and_garbage_shows_the_first()
    {
        using var client = factory.CreateClient();

        var first = ListedSlugs(await client.GetStringAsync("/servizi"));
        var garbage = ListedSlugs(await client.GetStringAsync("/servizi?page=abc"));
        var beyond = ListedSlugs(await client.GetStringAsync("/servizi?page=999"));

        Assert.Equal(first, garbage);
        Assert.NotEqual(first, beyond);
        Assert.InRange(beyond.Count, 1, 12);
    }

    [Fact]
    public async Task Service_card_has_the_model_sections_in_order_with_their_data_elements()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync($"/servizi/{DemoCard}");

        Assert.Contains("<h1 data-element=\"service-title\">Asilo nido «Il Bosco dei Piccoli»</h1>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var sectionIds = H2Ids().Matches(html).Select(m => m.Groups[1].Value).Where(ModelSectionOrder.Contains).ToList();
        Assert.Equal(ModelSectionOrder.Where(sectionIds.Contains), sectionIds);
        foreach (var expected in new[] { "who-needs", "description", "how-to", "needed", "obtain", "deadlines", "costs", "submit-request", "more-info", "contacts", "topics" })
        {
            Assert.Contains(expected, sectionIds);
        }

        var index = IndexLinks().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(sectionIds, index);

        foreach (var element in new[]
        {
            "service-title", "service-description", "service-status", "page-index", "service-addressed", "service-how-to",
            "service-needed", "service-achieved", "service-calendar-text", "service-calendar-list", "service-generic-access",
            "service-online-access", "service-area", "topic-list", "service-topic", "metadata",
        })
        {
            Assert.Contains($"data-element=\"{element}\"", html, StringComparison.Ordinal);
        }

        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("Servizio attivo", text, StringComparison.Ordinal);
        Assert.Contains("Contenuto dimostrativo", text, StringComparison.Ordinal);
        Assert.Contains("Indice della pagina", text, StringComparison.Ordinal);
        Assert.Contains("In base all'ISEE", text, StringComparison.Ordinal);
        Assert.Contains("€ 520,00", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/moduli/richiesta-servizio?servizio=asilo-nido-il-bosco-dei-piccoli\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.openstreetmap.org/directions?to=", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:nidi@coop-filo-d-erba.example\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Lunedì</th>", text, StringComparison.Ordinal);
        Assert.Matches("Pagina aggiornata il \\d{1,2} [a-z]+ \\d{4}", text);
    }

    [Fact]
    public async Task Service_card_says_whether_it_is_open_now()
    {
        using var client = factory.CreateClient();

        var text = WebUtility.HtmlDecode(await client.GetStringAsync($"/servizi/{DemoCard}"));

        Assert.Matches("<span class=\"chip-label\">(Aperto ora|Chiuso ora)</span>", text);
        Assert.Matches("(Aperto ora, chiude alle|Chiuso ora)", text);
    }

    [Fact]
    public async Task Service_card_has_the_category_in_the_breadcrumb()
    {
        using var client = factory.CreateClient();

        var text = WebUtility.HtmlDecode(await client.GetStringAsync($"/servizi/{DemoCard}"));

        Assert.Contains("<a href=\"/servizi\">Servizi</a>", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/servizi?categoria=prima-infanzia\">Prima infanzia (0-3 anni)</a>", text, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Asilo nido «Il Bosco dei Piccoli»</li>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_card_publishes_GovernmentService_json_ld()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync($"/servizi/{DemoCard}");

        var block = JsonLdBlock().Match(html);
        Assert.True(block.Success, "The card has no JSON-LD block.");
        using var json = JsonDocument.Parse(block.Groups[1].Value);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("GovernmentService", root.GetProperty("@type").GetString());
        Assert.Equal("Asilo nido «Il Bosco dei Piccoli»", root.GetProperty("name").GetString());
        Assert.Equal("Prima infanzia (0-3 anni)", root.GetProperty("serviceType").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("serviceOperator").GetProperty("name").GetString()));
        Assert.Contains(root.GetProperty("areaServed").EnumerateArray(), a => a.GetProperty("name").GetString() == "San Donato Milanese");
        Assert.NotEmpty(root.GetProperty("audience").EnumerateArray());
        Assert.StartsWith("https://", root.GetProperty("availableChannel").GetProperty("serviceUrl").GetString(), StringComparison.Ordinal);
        Assert.EndsWith($"/servizi/{DemoCard}", root.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_in_the_json_ld_cannot_close_the_script_element()
    {
        var title = $"Prova </script><script>alert(1)</script> {Guid.NewGuid():N}";
        var (_, slug) = await CreateCardAsync(title, "vizzolo-predabissi", publish: true);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync($"/servizi/{slug}");

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(JsonLdBlock().Match(html).Groups[1].Value);
        Assert.Equal(title, json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Unknown_service_gets_the_Italian_404_page()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/servizi/xyz");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina non trovata", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisation_page_lists_its_published_services()
    {
        var cards = DemoCards();
        var own = cards.Where(c => c.Organisation == "ruote-amiche").Select(c => c.Slug).ToList();
        var others = cards.Where(c => c.Organisation != "ruote-amiche").Select(c => c.Slug).ToList();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/organizzazioni/ruote-amiche");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("<h1>[^<]+</h1>", html);
        Assert.Contains("Codice fiscale", html, StringComparison.Ordinal);
        Assert.NotEmpty(own);
        Assert.Equal(own.Order(StringComparer.Ordinal), ListedSlugs(html).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(others, ListedSlugs(html).Contains);
    }

    [Fact]
    public async Task Unknown_organisation_gets_404()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/organizzazioni/non-esiste");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Municipality_page_lists_the_services_that_serve_it_or_have_a_venue_there()
    {
        const string municipality = "carpiano";
        var expected = DemoCards().Where(c => c.Municipalities.Contains(municipality)).Select(c => c.Slug).ToHashSet();
        using var client = factory.CreateClient();

        var listed = await AllListedSlugsAsync(client, $"/comuni/{municipality}");

        Assert.NotEmpty(expected);
        Assert.Superset(expected, listed.ToHashSet());
        Assert.DoesNotContain(DemoCards().Where(c => !c.Municipalities.Contains(municipality)).Select(c => c.Slug), listed.Contains);
        Assert.Contains("<h1>Carpiano</h1>", await client.GetStringAsync($"/comuni/{municipality}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_municipality_gets_404()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/comuni/inesistente");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina non trovata", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_stays_invisible_until_published_and_disappears_when_unpublished()
    {
        const string municipality = "colturano";
        var (id, slug) = await CreateCardAsync($"Servizio di prova {Guid.NewGuid():N}", municipality, publish: false);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/servizi/{slug}")).StatusCode);
        Assert.DoesNotContain(slug, await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain(slug, await AllListedSlugsAsync(client, $"/comuni/{municipality}"));
        Assert.DoesNotContain(slug, await AllListedSlugsAsync(client, "/servizi"));

        await RunWorkflowAsync((workflow, actor) => workflow.PublishAsync(actor, id, null, CancellationToken.None));

        var card = await client.GetAsync($"/servizi/{slug}");
        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Contains("data-element=\"service-title\"", await card.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"/servizi/{slug}", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains(slug, await AllListedSlugsAsync(client, $"/comuni/{municipality}"));
        Assert.Contains(slug, await AllListedSlugsAsync(client, "/servizi"));

        await RunWorkflowAsync((workflow, actor) => workflow.UnpublishAsync(actor, id, null, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/servizi/{slug}")).StatusCode);
        Assert.DoesNotContain(slug, await AllListedSlugsAsync(client, $"/comuni/{municipality}"));
    }

    [Fact]
    public async Task Editors_preview_a_draft_card_and_an_organisation_as_the_public_would_see_them()
    {
        var (id, _) = await CreateCardAsync($"Bozza in anteprima {Guid.NewGuid():N}", "dresano", publish: false);
        var email = $"anteprima-{Guid.NewGuid():N}@prova.it";
        var password = await factory.CreateUserAsync(email, Roles.Editor);
        using var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LogInAsync(email, password)).StatusCode);

        var card = await client.GetAsync($"/backoffice/anteprima/{id}");

        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        var html = await card.Content.ReadAsStringAsync();
        Assert.Contains("data-preview-banner", html, StringComparison.Ordinal);
        Assert.Contains("data-element=\"service-title\">Bozza in anteprima", html, StringComparison.Ordinal);
        Assert.DoesNotContain("application/ld+json", html, StringComparison.Ordinal);

        Guid organisationId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var published = scope.ServiceProvider.GetRequiredService<PublishedContent>();
            organisationId = (await published.FindBySlugAsync<OrganisationDocument>(ContentTypes.Organisation, "ruote-amiche", CancellationToken.None))!.Item.Id;
        }

        var organisation = await client.GetAsync($"/backoffice/anteprima/{organisationId}");

        Assert.Equal(HttpStatusCode.OK, organisation.StatusCode);
        Assert.Contains("data-organisation-services", await organisation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(Guid Id, string Slug)> CreateCardAsync(string title, string municipality, bool publish)
    {
        var document = new ServiceCardDocument
        {
            Title = title,
            ShortDescription = "Servizio creato da un test automatico.",
            Description = "<p>Descrizione del servizio di prova.</p>",
            Category = "prima-infanzia",
            Municipalities = [municipality],
        };
        var id = Guid.Empty;
        await RunWorkflowAsync(async (workflow, actor) =>
        {
            var created = await workflow.CreateAsync(actor, ContentTypes.Service, document, CancellationToken.None);
            id = created.ItemId ?? Guid.Empty;
            return created;
        });
        if (publish)
        {
            await RunWorkflowAsync((workflow, actor) => workflow.PublishAsync(actor, id, null, CancellationToken.None));
        }

        Assert.False(string.IsNullOrEmpty(document.Slug));
        return (id, document.Slug);
    }

    private async Task RunWorkflowAsync(Func<PublishWorkflow, ContentActor, Task<WorkflowResult>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<PublishWorkflow>();
        var actor = new ContentActor("test", "test@prova.it", new HashSet<string> { Roles.Editor }, null);
        var result = await action(workflow, actor);
        Assert.True(result.Succeeded, result.Message ?? string.Join("; ", result.Errors?.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}") ?? []));
    }

    /// <summary>Every slug of a paged list: pages are read until one repeats the last (beyond the end the last page is shown).</summary>
    private static async Task<List<string>> AllListedSlugsAsync(HttpClient client, string url)
    {
        var all = new List<string>();
        List<string>? previous = null;
        for (var page = 1; page < 100; page++)
        {
            var slugs = ListedSlugs(await client.GetStringAsync($"{url}?page={page}"));
            if (previous is not null && slugs.SequenceEqual(previous))
            {
                break;
            }

            all.AddRange(slugs);
            previous = slugs;
        }

        return all;
    }

    private static List<string> ListedSlugs(string html) =>
        [.. ListedItem().Matches(html).Select(m => m.Groups[1].Value)];

    private static List<string> ListedTitles(string html) =>
        [.. ServiceLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static List<(string Slug, string? Organisation, HashSet<string> Municipalities)> DemoCards()
    {
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../sync/content/services"));
        return
        [
            .. Directory.GetFiles(folder, "*.json").Select(file =>
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                var document = json.RootElement.GetProperty("document");
                var municipalities = document.GetProperty("municipalities").EnumerateArray().Select(m => m.GetString()!).ToHashSet();
                if (document.TryGetProperty("venues", out var venues))
                {
                    municipalities.UnionWith(venues.EnumerateArray().Select(v => v.GetProperty("municipality").GetString()!));
                }

                var organisation = json.RootElement.TryGetProperty("organisation", out var o) ? o.GetString() : null;
                return (document.GetProperty("slug").GetString()!, organisation, municipalities);
            }),
        ];
    }

    [GeneratedRegex("data-service-item=\"([^\"]+)\"")]
    private static partial Regex ListedItem();

    [GeneratedRegex("data-element=\"service-link\">([^<]+)</a>")]
    private static partial Regex ServiceLink();

    [GeneratedRegex("<h2[^>]*\\sid=\"([^\"]+)\"")]
    private static partial Regex H2Ids();

    [GeneratedRegex("<a class=\"list-item\" href=\"#([^\"]+)\">")]
    private static partial Regex IndexLinks();

    /// <summary>The card's own JSON-LD, not the layout's breadcrumb list.</summary>
    [GeneratedRegex("<script type=\"application/ld\\+json\">(?!\\{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\")(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();
}

public sealed class PublicCatalogueTestsOnSqlite(SqliteAppFactory factory) : PublicCatalogueTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PublicCatalogueTestsOnPostgres(PostgresAppFactory factory) : PublicCatalogueTests(factory), IClassFixture<PostgresAppFactory>;
