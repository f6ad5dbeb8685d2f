using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Search;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Tests.Search;

/// <summary>
/// The search contract, run on both databases. Every test invents a word of its own ("zq" + random letters) and puts
/// it in its cards, so that it counts only its own cards among the demo content and the other tests' cards.
/// </summary>
public abstract class SearchIndexTests(SinergieAppFactory factory)
{
    private static string Token() => TestWords.Token();

    private async Task<SearchResults> SearchAsync(SearchRequest request)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SearchService>().SearchAsync(request, CancellationToken.None);
    }

    private Task<SearchResults> SearchAsync(string text, Action<SearchRequest>? configure = null)
    {
        var request = new SearchRequest { Text = text, PageSize = 50 };
        configure?.Invoke(request);
        return SearchAsync(request);
    }

    private Task<Guid> PublishCardAsync(string title, Action<ServiceCardDocument>? configure = null, bool publish = true)
    {
        var card = ContentFixtures.ServiceCard(null, title);
        configure?.Invoke(card);
        return factory.CreateAsync(ContentTypes.Service, card, publish);
    }

    [Fact]
    public async Task Published_cards_are_found_and_drafts_are_not()
    {
        var token = Token();
        var published = await PublishCardAsync($"Ludoteca {token}");
        var draft = await PublishCardAsync($"Spazio gioco {token}", publish: false);

        var results = await SearchAsync(token);

        Assert.Equal([published], results.Items.Select(i => i.Id));
        Assert.Equal(1, results.Total);
        Assert.DoesNotContain(results.Items, i => i.Id == draft);
    }

    [Fact]
    public async Task Unpublishing_and_deleting_remove_a_card_at_once_and_publishing_again_brings_it_back()
    {
        var token = Token();
        var id = await PublishCardAsync($"Centro estivo {token}");
        Assert.Single((await SearchAsync(token)).Items);

        Assert.True((await factory.WorkflowAsync(w => w.UnpublishAsync(ContentFixtures.Editor, id, null, CancellationToken.None))).Succeeded);
        Assert.Empty((await SearchAsync(token)).Items);

        Assert.True((await factory.WorkflowAsync(w => w.PublishAsync(ContentFixtures.Editor, id, null, CancellationToken.None))).Succeeded);
        Assert.Single((await SearchAsync(token)).Items);

        Assert.True((await factory.WorkflowAsync(w => w.DeleteAsync(ContentFixtures.Editor, id, null, CancellationToken.None))).Succeeded);
        Assert.Empty((await SearchAsync(token)).Items);
    }

    [Fact]
    public async Task Facet_place_and_hours_rows_go_with_their_entry()
    {
        var token = Token();
        var id = await PublishCardAsync($"Centro diurno {token}");
        var changed = ContentFixtures.ServiceCard(null, $"Centro diurno rinnovato {token}");
        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).FirstAsync());
        Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(ContentFixtures.Editor, id, changed, revision, CancellationToken.None))).Succeeded);
        Assert.True((await factory.WorkflowAsync(w => w.PublishAsync(ContentFixtures.Editor, id, null, CancellationToken.None))).Succeeded);
        Assert.True((await factory.WorkflowAsync(w => w.UnpublishAsync(ContentFixtures.Editor, id, null, CancellationToken.None))).Succeeded);
        Assert.True((await factory.WorkflowAsync(w => w.DeleteAsync(ContentFixtures.Editor, id, null, CancellationToken.None))).Succeeded);

        Assert.True(await factory.DbAsync(db => db.SearchFacetValues.AnyAsync()));
        Assert.False(await factory.DbAsync(db => db.SearchFacetValues.AnyAsync(f => !db.SearchEntries.Any(e => e.Id == f.EntryId))));
        Assert.False(await factory.DbAsync(db => db.Set<SearchLocation>().AnyAsync(f => !db.SearchEntries.Any(e => e.Id == f.EntryId))));
        Assert.False(await factory.DbAsync(db => db.Set<SearchHoursSlot>().AnyAsync(f => !db.SearchEntries.Any(e => e.Id == f.EntryId))));
        Assert.False(await factory.DbAsync(db => db.Set<SearchHoursException>().AnyAsync(f => !db.SearchEntries.Any(e => e.Id == f.EntryId))));
    }

    [Fact]
    public async Task A_saved_draft_of_a_published_card_does_not_change_what_the_public_finds()
    {
        var token = Token();
        var other = Token();
        var id = await PublishCardAsync($"Doposcuola {token}");
        var changed = ContentFixtures.ServiceCard(null, $"Doposcuola {other}");
        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).FirstAsync());
        Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(ContentFixtures.Editor, id, changed, revision, CancellationToken.None))).Succeeded);

        Assert.Single((await SearchAsync(token)).Items);
        Assert.Empty((await SearchAsync(other)).Items);
        var drafts = await SearchAsync(other, r => r.Scope = SearchScope.Drafts);
        Assert.Equal([id], drafts.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Accents_case_and_elision_are_folded()
    {
        var token = Token();
        var id = await PublishCardAsync($"Attività dell'infanzia {token}");

        foreach (var query in new[] { $"ATTIVITA {token}", $"attività {token}", $"infanzia {token}", $"l'INFANZIA {token}" })
        {
            Assert.Equal([id], (await SearchAsync(query)).Items.Select(i => i.Id));
        }
    }

    [Fact]
    public async Task Stemming_finds_other_forms_of_a_word()
    {
        var token = Token();
        var id = await PublishCardAsync($"Centri estivi {token}");

        Assert.Equal([id], (await SearchAsync($"centro estivo {token}")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Typos_are_tolerated()
    {
        var token = Token();
        var nido = await PublishCardAsync($"Asilo nido {token}");
        var estivi = await PublishCardAsync($"Centri estivi {token}");

        Assert.Contains(nido, (await SearchAsync($"asilo nidio {token}")).Items.Select(i => i.Id));
        Assert.Contains(estivi, (await SearchAsync($"centri estvi {token}")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task The_last_word_is_a_prefix()
    {
        var token = Token();
        var id = await PublishCardAsync($"Ludoteca {token}");

        Assert.Contains(id, (await SearchAsync(token[..5])).Items.Select(i => i.Id));
        Assert.Equal([id], (await SearchAsync($"{token} ludot")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Synonyms_find_each_other()
    {
        var token = Token();
        var id = await PublishCardAsync($"Servizio post-scuola {token}");

        Assert.Equal([id], (await SearchAsync($"doposcuola {token}")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Title_matches_rank_above_category_summary_and_body_matches()
    {
        var token = Token();
        var word = Token();
        var inBody = await PublishCardAsync($"Servizio A {token}", c => c.Description = $"<p>Qui si parla di {word} più volte: {word}, {word}.</p>");
        var inSummary = await PublishCardAsync($"Servizio B {token}", c => c.ShortDescription = $"Breve: {word}");
        var inTitle = await PublishCardAsync($"Servizio {word} {token}");

        var results = await SearchAsync($"{token} {word}");

        Assert.Equal([inTitle, inSummary, inBody], results.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Snippets_mark_the_matching_words_and_encode_html()
    {
        var token = Token();
        await PublishCardAsync($"Spazio compiti {token}", c => c.Description = $"<p>Aiuto nei compiti per ragazzi &amp; ragazze <b>{token}</b> del territorio.</p>");

        var item = Assert.Single((await SearchAsync($"{token}")).Items);

        Assert.Contains($"<mark>{token}</mark>", item.TitleHtml, StringComparison.Ordinal);
        Assert.Contains($"<mark>{token}</mark>", item.Snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", item.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", item.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facet_counts_equal_the_number_of_matching_cards()
    {
        var token = Token();
        await PublishCardAsync($"Uno {token}", c => { c.Municipalities = ["melegnano"]; c.Venues[0].Municipality = "melegnano"; c.CostOptions = [new CostOption { Kind = CostKind.Free, Label = "Gratis" }]; });
        await PublishCardAsync($"Due {token}", c => { c.Municipalities = ["melegnano", "san-donato-milanese"]; c.Venues[0].Municipality = "melegnano"; c.CostOptions = [new CostOption { Kind = CostKind.Paid, Label = "Retta", Amount = 10 }]; });
        await PublishCardAsync($"Tre {token}", c => { c.Category = "assistenza-domiciliare-anziani"; c.Municipalities = ["san-donato-milanese"]; c.Venues[0].Municipality = "san-donato-milanese"; c.CostOptions = [new CostOption { Kind = CostKind.Free, Label = "Gratis" }]; });
        await PublishCardAsync($"Bozza {token}", publish: false);

        var all = await SearchAsync(token);
        Assert.Equal(3, all.Total);
        Assert.Equal(2, Count(all, SearchFacets.Municipality, "melegnano"));
        Assert.Equal(2, Count(all, SearchFacets.Municipality, "san-donato-milanese"));
        Assert.Equal(2, Count(all, SearchFacets.Cost, "gratuito"));
        Assert.Equal(1, Count(all, SearchFacets.Cost, "a-pagamento"));

        var free = await SearchAsync(token, r => r.Facets[SearchFacets.Cost] = ["gratuito"]);
        Assert.Equal(2, free.Total);
        Assert.Equal(1, Count(free, SearchFacets.Municipality, "melegnano"));
        Assert.Equal(1, Count(free, SearchFacets.Municipality, "san-donato-milanese"));

        // A facet's own counts ignore its own selection: they say what choosing another value would give.
        Assert.Equal(1, Count(free, SearchFacets.Cost, "a-pagamento"));
        foreach (var value in free.Facets[SearchFacets.Municipality])
        {
            var narrowed = await SearchAsync(token, r => { r.Facets[SearchFacets.Cost] = ["gratuito"]; r.Facets[SearchFacets.Municipality] = [value.Value]; });
            Assert.Equal(value.Count, narrowed.Total);
        }
    }

    [Fact]
    public async Task Age_filter_includes_both_ends_of_a_range_and_cards_without_limits()
    {
        var token = Token();
        var toddlers = await PublishCardAsync($"Piccoli {token}", c => { c.MinimumAge = 0; c.MaximumAge = 3; });
        var school = await PublishCardAsync($"Scuola {token}", c => { c.MinimumAge = 6; c.MaximumAge = 10; });
        var anyone = await PublishCardAsync($"Tutti {token}", c => { c.MinimumAge = null; c.MaximumAge = null; });

        async Task<Guid[]> AtAge(string age) =>
            [.. (await SearchAsync(token, r => r.Age = SearchRequest.ParseAge(age))).Items.Select(i => i.Id).Order()];

        Assert.Equal(new[] { toddlers, anyone }.Order(), await AtAge("3"));
        Assert.Equal(new[] { anyone }.Order(), await AtAge("4"));
        Assert.Equal(new[] { anyone }.Order(), await AtAge("5"));
        Assert.Equal(new[] { school, anyone }.Order(), await AtAge("6"));
        Assert.Equal(new[] { school, anyone }.Order(), await AtAge("10"));
        Assert.Equal(new[] { anyone }.Order(), await AtAge("11"));
        Assert.Equal(new[] { toddlers, school, anyone }.Order(), await AtAge("3-6"));
        var all = await SearchAsync(token);
        Assert.Equal(2, Count(all, SearchFacets.Age, "0-2"));
        Assert.Equal(2, Count(all, SearchFacets.Age, "6-10"));
        Assert.Equal(2, Count(all, SearchFacets.Age, "3-5"));
        Assert.Equal(1, Count(all, SearchFacets.Age, "65-120"));
    }

    [Fact]
    public async Task Open_now_follows_the_weekly_hours_and_the_exceptions_of_the_day()
    {
        var token = Token();
        var monday = new DateTimeOffset(2030, 3, 4, 10, 0, 0, TimeSpan.FromHours(1)); // Monday 10:00 in Rome
        factory.Clock.Set(monday);
        var open = await PublishCardAsync($"Aperto {token}");
        var closedToday = await PublishCardAsync($"Festa {token}", c => c.Venues[0].Hours.Exceptions = [new HoursException { Date = new DateOnly(2030, 3, 4), Closed = true }]);
        var afternoon = await PublishCardAsync($"Pomeriggio {token}", c => c.Venues[0].Hours.Slots = [new WeeklySlot { Day = DayOfWeek.Monday, Opens = new TimeOnly(14, 0), Closes = new TimeOnly(18, 0) }]);

        var results = await SearchAsync(token, r => r.OpenNow = true);
        Assert.Equal([open], results.Items.Select(i => i.Id));
        Assert.Equal(1, Count(results, SearchFacets.OpenNow, "true"));

        factory.Clock.Set(monday.AddHours(5));
        Assert.Equal([afternoon], (await SearchAsync(token, r => r.OpenNow = true)).Items.Select(i => i.Id));
        factory.Clock.Set(monday.AddHours(2));
        Assert.Empty((await SearchAsync(token, r => r.OpenNow = true)).Items);
        Assert.DoesNotContain(closedToday, (await SearchAsync(token, r => r.OpenNow = true)).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Distance_sort_and_radius()
    {
        var token = Token();
        var here = (Lat: 45.3580, Lng: 9.3230);
        var near = await PublishCardAsync($"Vicino {token}", c => { c.Venues[0].Latitude = 45.3600; c.Venues[0].Longitude = 9.3230; });
        var middle = await PublishCardAsync($"Medio {token}", c => { c.Venues[0].Latitude = 45.3900; c.Venues[0].Longitude = 9.3230; });
        var far = await PublishCardAsync($"Lontano {token}", c => { c.Venues[0].Latitude = 45.4800; c.Venues[0].Longitude = 9.3230; });
        var nowhere = await PublishCardAsync($"Senza sede {token}", c => c.Venues = []);

        var sorted = await SearchAsync(token, r => { r.Latitude = here.Lat; r.Longitude = here.Lng; r.Sort = SearchSort.Distance; });
        Assert.Equal([near, middle, far, nowhere], sorted.Items.Select(i => i.Id));
        Assert.Equal(0.22, sorted.Items[0].DistanceKm!.Value, 2);
        Assert.Null(sorted.Items[3].DistanceKm);

        var within = await SearchAsync(token, r => { r.Latitude = here.Lat; r.Longitude = here.Lng; r.RadiusKm = 5; });
        Assert.Equal(new[] { near, middle }.Order(), within.Items.Select(i => i.Id).Order());
        Assert.All(within.Items, i => Assert.InRange(i.DistanceKm!.Value, 0, 5));
    }

    [Fact]
    public async Task When_no_card_has_every_word_cards_with_some_of_them_are_shown_but_filters_are_never_relaxed()
    {
        var token = Token();
        var second = Token();
        var missing = Token();
        var both = await PublishCardAsync($"Ludoteca {token} {second}", c => { c.Municipalities = ["melegnano"]; c.Venues[0].Municipality = "melegnano"; });
        var one = await PublishCardAsync($"Ludoteca {token}", c => { c.Municipalities = ["carpiano"]; c.Venues[0].Municipality = "carpiano"; });

        var exact = await SearchAsync($"{token} {second}");
        Assert.Equal([both], exact.Items.Select(i => i.Id));
        Assert.False(exact.AnyWord);

        var some = await SearchAsync($"{token} {missing}");
        Assert.True(some.AnyWord);
        Assert.Equal(new[] { both, one }.Order(), some.Items.Select(i => i.Id).Order());

        // Both words are found, only not in Carpiano: the answer is "nothing here", not cards lacking a word.
        var filtered = await SearchAsync($"{token} {second}", r => r.Facets[SearchFacets.Municipality] = ["carpiano"]);
        Assert.Equal(0, filtered.Total);
        Assert.False(filtered.AnyWord);
        Assert.Equal(1, Count(filtered, SearchFacets.Municipality, "melegnano"));
    }

    [Fact]
    public async Task Hostile_queries_are_plain_text()
    {
        foreach (var query in new[] { "\"", "*", "NEAR(", "-", "asilo\" OR \"x", "a AND b NOT c", "'; DROP TABLE \"SearchEntries\"; --", "title:nido", "{TitleTerms}: nido", "^nido", "nido*", "(((", "\uD800", new string('x', 499), "a:*|b" })
        {
            var results = await SearchAsync(query);
            Assert.NotNull(results);
        }
    }

    private static int Count(SearchResults results, string facet, string value) =>
        results.Facets[facet].FirstOrDefault(f => f.Value == value)?.Count ?? 0;
}

public sealed class SearchIndexTestsOnSqlite(SqliteAppFactory factory) : SearchIndexTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SearchIndexTestsOnPostgres(PostgresAppFactory factory) : SearchIndexTests(factory), IClassFixture<PostgresAppFactory>;
