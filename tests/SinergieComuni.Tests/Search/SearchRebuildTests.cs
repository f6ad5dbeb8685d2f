using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.Search;

namespace SinergieComuni.Tests.Search;

/// <summary>Full rebuilds: search never goes empty, changes made meanwhile are kept, progress is shown; the backoffice pages.</summary>
public abstract class SearchRebuildTests(SinergieAppFactory factory)
{
    private async Task<int> TotalAsync(string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SearchService>().SearchAsync(new SearchRequest { Text = text, IncludeFacets = true }, CancellationToken.None)).Total;
    }

    private SearchRebuilder Rebuilder => factory.Services.GetRequiredService<SearchRebuilder>();

    [Fact]
    public async Task A_rebuild_under_concurrent_queries_never_returns_an_empty_result()
    {
        var expected = await TotalAsync("asilo nido");
        Assert.True(expected > 0);
        var before = (await Rebuilder.StateAsync(CancellationToken.None)).ActiveGeneration;

        var rebuild = Task.Run(() => Rebuilder.RebuildAsync(null, CancellationToken.None));
        var totals = new List<int>();
        var queries = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var seen = new List<int>();
            do
            {
                seen.Add(await TotalAsync("asilo nido"));
            }
            while (!rebuild.IsCompleted);
            seen.Add(await TotalAsync("asilo nido"));
            return seen;
        })).ToList();

        var outcome = await rebuild;
        foreach (var query in queries)
        {
            totals.AddRange(await query);
        }

        Assert.True(outcome.Started);
        Assert.True(totals.Count > 3);
        Assert.All(totals, total => Assert.Equal(expected, total));
        var state = await Rebuilder.StateAsync(CancellationToken.None);
        Assert.True(state.ActiveGeneration > before);
        Assert.Null(state.BuildingGeneration);
        Assert.Equal(0, await factory.DbAsync(db => db.SearchEntries.CountAsync(e => e.Generation != state.ActiveGeneration)));
    }

    [Fact]
    public async Task Changes_published_during_a_rebuild_are_in_the_new_index()
    {
        var token = "zqrebuild" + Guid.NewGuid().ToString("N")[..6].Replace('0', 'k').Replace('1', 'j');
        var demo = await factory.DbAsync(db => db.ContentItems.Where(i => i.ContentType == ContentTypes.Service && i.PublishedVersion != null).OrderBy(i => i.Id).Select(i => new { i.Id }).FirstAsync());
        Guid? created = null;
        var reports = new List<(int Done, int Total)>();
        var progress = new InlineProgress(async report =>
        {
            reports.Add(report);
            if (report.Done > 0 && created is null)
            {
                // The first batch has indexed the demo card already: take it down, and publish a new one.
                Assert.True((await factory.WorkflowAsync(w => w.UnpublishAsync(ContentFixtures.Editor, demo.Id, null, CancellationToken.None))).Succeeded);
                created = await factory.CreateAsync(ContentTypes.Service, ContentFixtures.ServiceCard(null, $"Ludoteca {token}"), publish: true);
            }
        });

        var outcome = await Rebuilder.RebuildAsync(progress, CancellationToken.None);

        Assert.True(outcome.Started);
        Assert.NotNull(created);
        Assert.Equal(1, await TotalAsync(token));
        Assert.Equal(0, await factory.DbAsync(db => db.SearchEntries.CountAsync(e => e.ItemId == demo.Id && e.Scope == SearchScope.Public)));
        Assert.Equal(0, reports[0].Done);
        Assert.Equal(reports[^1].Total, reports[^1].Done);
        Assert.Equal(reports.Select(r => r.Done).Order(), reports.Select(r => r.Done));
        Assert.True((await factory.WorkflowAsync(w => w.PublishAsync(ContentFixtures.Editor, demo.Id, null, CancellationToken.None))).Succeeded);
    }

    [Fact]
    public async Task A_card_unpublished_after_its_batch_was_read_is_not_brought_back_by_the_rebuild()
    {
        // Batches of ten: the second is read and analysed while the first is written, so a card of the second batch
        // taken down after the first has been written changes after its batch was read.
        var ids = await factory.DbAsync(db => db.ContentItems.Where(i => i.DeletedUtc == null).OrderBy(i => i.Id).Select(i => new { i.Id, i.ContentType, i.PublishedVersion }).ToListAsync());
        var target = ids.Skip(10).Take(10).First(i => i.ContentType == ContentTypes.Service && i.PublishedVersion != null).Id;
        var done = false;
        var progress = new InlineProgress(async report =>
        {
            if (report.Done == 10 && !done)
            {
                done = true;
                Assert.True((await factory.WorkflowAsync(w => w.UnpublishAsync(ContentFixtures.Editor, target, null, CancellationToken.None))).Succeeded);
            }
        });

        var outcome = await Rebuilder.RebuildAsync(progress, CancellationToken.None, batchSize: 10);

        Assert.True(outcome.Started);
        Assert.True(done);
        Assert.Equal(0, await factory.DbAsync(db => db.SearchEntries.CountAsync(e => e.ItemId == target && e.Scope == SearchScope.Public)));
        Assert.Equal(1, await factory.DbAsync(db => db.SearchEntries.CountAsync(e => e.ItemId == target && e.Scope == SearchScope.Drafts)));
        Assert.True((await factory.WorkflowAsync(w => w.PublishAsync(ContentFixtures.Editor, target, null, CancellationToken.None))).Succeeded);
    }

    [Fact]
    public async Task A_second_rebuild_is_refused_while_one_runs()
    {
        SearchRebuilder.Outcome? inner = null;
        var progress = new InlineProgress(async report =>
        {
            if (inner is null)
            {
                inner = await Rebuilder.RebuildAsync(null, CancellationToken.None);
            }
        });

        var outer = await Rebuilder.RebuildAsync(progress, CancellationToken.None);

        Assert.True(outer.Started);
        Assert.False(inner!.Started);
        Assert.Equal("Una ricostruzione dell'indice è già in corso.", inner.Message);
    }

    [Fact]
    public async Task The_index_of_a_database_without_one_is_built_at_start()
    {
        var expected = await TotalAsync("nido");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SinergieComuni.Web.Data.SinergieDbContext>();
            var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
            await indexer.DeleteEntriesAsync(db.SearchEntries, CancellationToken.None);
            await db.SearchState.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastBuildFinishedUtc, (DateTime?)null));

            // Like every writer of the index, move the change counter (what in-memory state is checked against).
            await indexer.LockStateAsync(CancellationToken.None);
        }

        Assert.Equal(0, await TotalAsync("nido"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetServices<SinergieComuni.Web.Data.IDataSeeder>().OfType<SearchIndexSeeder>().Single();
            await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }

        Assert.Equal(expected, await TotalAsync("nido"));
    }

    [Fact]
    public async Task Editors_follow_and_start_a_rebuild_in_the_backoffice()
    {
        var email = $"indice-{Guid.NewGuid():N}@prova.it";
        var password = await factory.CreateUserAsync(email, Roles.Editor);
        var client = factory.CreateBrowserLikeClient();
        await client.LogInAsync(email, password);

        var page = await client.GetStringAsync("/backoffice/ricerca");
        Assert.Contains("Contenuti pubblicati nell'indice", page, StringComparison.Ordinal);
        Assert.Contains("Nessuna ricostruzione in corso.", page, StringComparison.Ordinal);

        var before = (await Rebuilder.StateAsync(CancellationToken.None)).ActiveGeneration;
        var response = await client.SubmitAsync("/backoffice/ricerca", [], "/backoffice/ricerca?handler=Rebuild");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await factory.Services.GetRequiredService<SearchRebuildRunner>().Current;
        Assert.True((await Rebuilder.StateAsync(CancellationToken.None)).ActiveGeneration > before);

        var status = await client.GetStringAsync("/backoffice/ricerca/stato");
        Assert.Contains("\"running\":false", status, StringComparison.Ordinal);
        Assert.Contains("\"percent\":100", status, StringComparison.Ordinal);
        Assert.Contains("contenuti in", await client.GetStringAsync("/backoffice/ricerca"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_backoffice_search_finds_drafts_and_partners_only_their_own()
    {
        var token = "zqdraft" + Guid.NewGuid().ToString("N")[..6].Replace('0', 'k').Replace('1', 'j');
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, ContentFixtures.Organisation(), publish: true);
        var own = await factory.CreateAsync(ContentTypes.Service, ContentFixtures.ServiceCard(organisation, $"Bozza nostra {token}"));
        var other = await factory.CreateAsync(ContentTypes.Service, ContentFixtures.ServiceCard(null, $"Bozza altrui {token}"));

        var editorEmail = $"cerca-{Guid.NewGuid():N}@prova.it";
        var editorPassword = await factory.CreateUserAsync(editorEmail, Roles.Editor);
        var editor = factory.CreateBrowserLikeClient();
        await editor.LogInAsync(editorEmail, editorPassword);
        var found = await editor.GetStringAsync($"/backoffice/cerca?q={token}");
        Assert.Contains($"/backoffice/servizi/{own}", found, StringComparison.Ordinal);
        Assert.Contains($"/backoffice/servizi/{other}", found, StringComparison.Ordinal);
        Assert.Contains("2 contenuti trovati", found, StringComparison.Ordinal);

        var partnerEmail = $"partner-{Guid.NewGuid():N}@prova.it";
        var partnerPassword = await factory.CreateUserAsync(partnerEmail, organisation, Roles.PartnerRepresentative);
        var partner = factory.CreateBrowserLikeClient();
        await partner.LogInAsync(partnerEmail, partnerPassword);
        var partnerFound = await partner.GetStringAsync($"/backoffice/cerca?q={token}");
        Assert.Contains($"/backoffice/servizi/{own}", partnerFound, StringComparison.Ordinal);
        Assert.DoesNotContain($"/backoffice/servizi/{other}", partnerFound, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/backoffice/ricerca")).StatusCode);

        var tooLong = await editor.GetAsync("/backoffice/cerca?q=" + new string('x', 5000));
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("al massimo 500 caratteri", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Runs the callback synchronously on the rebuilder's thread, between batches.</summary>
    private sealed class InlineProgress(Func<(int Done, int Total), Task> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value).GetAwaiter().GetResult();
    }
}

public sealed class SearchRebuildTestsOnSqlite(SqliteAppFactory factory) : SearchRebuildTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SearchRebuildTestsOnPostgres(PostgresAppFactory factory) : SearchRebuildTests(factory), IClassFixture<PostgresAppFactory>;

public sealed class ProgressBarTests
{
    [Fact]
    public void Redirected_output_gets_a_line_every_tenth()
    {
        var output = new StringWriter();
        var bar = new SearchCommands.ProgressBar(output, redirected: true);
        for (var done = 0; done <= 1000; done += 50)
        {
            bar.Report((done, 1000));
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.StartsWith("[........................................]", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("[########################################]", lines[^1], StringComparison.Ordinal);
        Assert.EndsWith("1000/1000", lines[^1].TrimEnd(), StringComparison.Ordinal);
    }
}
