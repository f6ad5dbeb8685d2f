using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Content;

/// <summary>The publishing workflow through its service and the public site. Runs once per database provider.</summary>
public abstract class PublishWorkflowTests(SinergieAppFactory factory)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_draft_is_never_public_publishing_shows_it_and_unpublishing_hides_it()
    {
        var page = Page();
        var id = await factory.CreateAsync(ContentTypes.Page, page);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/" + page.Slug)).StatusCode);
        Assert.DoesNotContain("/" + page.Slug + "<", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);

        Assert.True((await factory.WorkflowAsync(w => w.PublishAsync(Editor, id, null, None))).Succeeded);
        Assert.Contains(page.Title, await client.GetStringAsync("/" + page.Slug), StringComparison.Ordinal);
        Assert.Contains("/" + page.Slug + "<", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);

        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).SingleAsync());
        var draft = Page(page.Title + " (bozza)");
        draft.Slug = page.Slug;
        Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(Editor, id, draft, revision, None))).Succeeded);
        var publicHtml = await client.GetStringAsync("/" + page.Slug);
        Assert.DoesNotContain("(bozza)", publicHtml, StringComparison.Ordinal);

        Assert.True((await factory.WorkflowAsync(w => w.UnpublishAsync(Editor, id, null, None))).Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/" + page.Slug)).StatusCode);
        Assert.DoesNotContain("/" + page.Slug + "<", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduled_publication_and_withdrawal_happen_at_their_time()
    {
        var page = Page();
        var id = await factory.CreateAsync(ContentTypes.Page, page);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var scheduled = await factory.WorkflowAsync(w => w.ScheduleAsync(Editor, id, now.AddHours(2), now.AddHours(5), null, None));
        Assert.True(scheduled.Succeeded, Describe(scheduled));
        using var client = factory.CreateClient();

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await RunSchedulerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/" + page.Slug)).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(1));
        await RunSchedulerAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + page.Slug)).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(3));
        await RunSchedulerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/" + page.Slug)).StatusCode);
        var item = await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == id));
        Assert.Null(item.PublishAtUtc);
        Assert.Null(item.UnpublishAtUtc);
    }

    [Fact]
    public async Task Scheduling_in_the_past_or_withdrawing_before_publishing_is_refused()
    {
        var id = await factory.CreateAsync(ContentTypes.Page, Page());
        var now = factory.Clock.GetUtcNow().UtcDateTime;

        var past = await factory.WorkflowAsync(w => w.ScheduleAsync(Editor, id, now.AddMinutes(-1), null, null, None));
        var inverted = await factory.WorkflowAsync(w => w.ScheduleAsync(Editor, id, now.AddHours(3), now.AddHours(2), null, None));

        Assert.Equal(WorkflowOutcome.Invalid, past.Outcome);
        Assert.Equal(WorkflowOutcome.Invalid, inverted.Outcome);
        Assert.Null((await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == id))).PublishAtUtc);
    }

    [Fact]
    public async Task Every_save_is_a_version_and_rollback_restores_exactly_the_old_fields()
    {
        var original = Page();
        original.Summary = "Sommario originale";
        var id = await factory.CreateAsync(ContentTypes.Page, original);
        for (var n = 2; n <= 3; n++)
        {
            var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).SingleAsync());
            var changed = Page(original.Title + $" v{n}");
            changed.Slug = original.Slug;
            changed.Summary = $"Sommario {n}";
            changed.SortOrder = n;
            Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(Editor, id, changed, revision, None))).Succeeded);
        }

        var currentRevision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).SingleAsync());
        var rolledBack = await factory.WorkflowAsync(w => w.RollbackAsync(Editor, id, 1, currentRevision, None));

        Assert.True(rolledBack.Succeeded, Describe(rolledBack));
        var versions = await factory.DbAsync(db => db.ContentVersions.Where(v => v.ItemId == id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2, 3, 4], versions.Select(v => v.Number));
        Assert.All(versions, v => Assert.Equal(Editor.UserName, v.AuthorName));
        Assert.Equal(versions[0].DataJson, versions[3].DataJson);
        Assert.Equal("Ripristino della versione 1", versions[3].Note);
        var restored = ContentJson.Deserialize<PageDocument>(versions[3].DataJson);
        Assert.Equal(original.Title, restored.Title);
        Assert.Equal("Sommario originale", restored.Summary);
        Assert.Equal(0, restored.SortOrder);
    }

    [Fact]
    public async Task Every_action_writes_an_audit_entry()
    {
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var partner = Partner(organisation);
        var id = await factory.CreateAsync(ContentTypes.Service, ServiceCard(organisation));
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        async Task Do(Func<PublishWorkflow, Task<WorkflowResult>> action)
        {
            var result = await factory.WorkflowAsync(action);
            Assert.True(result.Succeeded, Describe(result));
        }

        await Do(w => w.PublishAsync(Editor, id, null, None));
        await Do(w => w.SaveAsync(partner, id, ServiceCard(organisation), Revision(id), None));
        await Do(w => w.SubmitAsync(partner, id, null, None));
        await Do(w => w.SendBackAsync(Editor, id, "Manca l'orario del sabato.", null, None));
        await Do(w => w.ScheduleAsync(Editor, id, now.AddDays(1), null, null, None));
        await Do(w => w.ScheduleAsync(Editor, id, null, null, null, None));
        await Do(w => w.UnpublishAsync(Editor, id, null, None));
        await Do(w => w.RollbackAsync(Editor, id, 1, null, None));
        await Do(w => w.DeleteAsync(Editor, id, null, None));
        await Do(w => w.RestoreAsync(Editor, id, None));
        await Do(w => w.DeleteAsync(Editor, id, null, None));
        await Do(w => w.PurgeAsync(Administrator, id, None));

        var actions = await factory.DbAsync(db => db.AuditEntries.Where(a => a.ItemId == id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(
            [AuditAction.Create, AuditAction.Publish, AuditAction.Save, AuditAction.Submit, AuditAction.SendBack, AuditAction.SchedulePublish,
             AuditAction.CancelSchedule, AuditAction.Unpublish, AuditAction.Rollback, AuditAction.Delete, AuditAction.Restore, AuditAction.Delete, AuditAction.Purge],
            actions);
        Assert.Contains(await factory.DbAsync(db => db.AuditEntries.Where(a => a.ItemId == id && a.Action == AuditAction.Submit).ToListAsync()), a => a.UserName == partner.UserName);
        Assert.False(await factory.DbAsync(db => db.ContentItems.AnyAsync(i => i.Id == id)));

        int Revision(Guid itemId) => factory.DbAsync(db => db.ContentItems.Where(i => i.Id == itemId).Select(i => i.Revision).SingleAsync()).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Renaming_a_published_slug_redirects_the_old_address_permanently()
    {
        var page = Page();
        var id = await factory.CreateAsync(ContentTypes.Page, page, publish: true);
        var firstSlug = page.Slug;
        var secondSlug = await RenameAndPublishAsync(id, page, "-due");
        var thirdSlug = await RenameAndPublishAsync(id, page, "-tre");
        using var client = factory.CreateBrowserLikeClient();

        var fromFirst = await client.GetAsync("/" + firstSlug);
        var fromSecond = await client.GetAsync("/" + secondSlug + "?x=1");

        Assert.Equal(HttpStatusCode.MovedPermanently, fromFirst.StatusCode);
        Assert.Equal("/" + thirdSlug, fromFirst.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, fromSecond.StatusCode);
        Assert.Equal("/" + thirdSlug + "?x=1", fromSecond.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/" + thirdSlug)).StatusCode);
    }

    [Fact]
    public async Task Redirect_loops_and_self_redirects_are_refused()
    {
        var a = "/ciclo-" + Guid.NewGuid().ToString("N")[..8];
        var b = a + "-b";
        var c = a + "-c";
        await using var scope = factory.Services.CreateAsyncScope();
        var redirects = scope.ServiceProvider.GetRequiredService<Redirects>();

        Assert.True((await redirects.AddAsync(Editor, a, b, None)).Succeeded);
        Assert.True((await redirects.AddAsync(Editor, b, c, None)).Succeeded);
        var loop = await redirects.AddAsync(Editor, c, a, None);
        var self = await redirects.AddAsync(Editor, c, c, None);
        var partnerTry = await redirects.AddAsync(Partner(Guid.NewGuid()), c + "-x", "/", None);

        Assert.Equal(WorkflowOutcome.Invalid, loop.Outcome);
        Assert.Contains("ciclo", loop.Errors!["To"][0], StringComparison.Ordinal);
        Assert.Equal(WorkflowOutcome.Invalid, self.Outcome);
        Assert.Equal(WorkflowOutcome.Forbidden, partnerTry.Outcome);
    }

    [Fact]
    public async Task Two_editors_saving_the_same_item_do_not_overwrite_each_other()
    {
        var page = Page();
        var id = await factory.CreateAsync(ContentTypes.Page, page);
        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).SingleAsync());
        var first = Page(page.Title + " da Anna");
        first.Slug = page.Slug;
        var second = Page(page.Title + " da Bruno");
        second.Slug = page.Slug;

        var firstSave = await factory.WorkflowAsync(w => w.SaveAsync(Editor, id, first, revision, None));
        var secondSave = await factory.WorkflowAsync(w => w.SaveAsync(Editor, id, second, revision, None));

        Assert.True(firstSave.Succeeded);
        Assert.Equal(WorkflowOutcome.Conflict, secondSave.Outcome);
        Assert.Contains("Qualcun altro", secondSave.Message, StringComparison.Ordinal);
        var item = await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == id));
        Assert.Equal(2, item.LatestVersion);
        Assert.EndsWith("da Anna", item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_input_is_refused_in_Italian_and_stores_nothing()
    {
        var page = Page();
        var id = await factory.CreateAsync(ContentTypes.Page, page);
        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).SingleAsync());
        var bad = new PageDocument { Title = "", Slug = "Non Valido!", Summary = new string('x', 400) };
        var auditBefore = await factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.ItemId == id));

        var result = await factory.WorkflowAsync(w => w.SaveAsync(Editor, id, bad, revision, None));

        Assert.Equal(WorkflowOutcome.Invalid, result.Outcome);
        Assert.Contains("Il titolo è obbligatorio.", result.Errors!["Title"]);
        Assert.Contains(result.Errors["Slug"], m => m.Contains("lettere minuscole", StringComparison.Ordinal));
        Assert.Contains(result.Errors["Summary"], m => m.Contains("300", StringComparison.Ordinal));
        var item = await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == id));
        Assert.Equal(1, item.LatestVersion);
        Assert.Equal(revision, item.Revision);
        Assert.Equal(auditBefore, await factory.DbAsync(db => db.AuditEntries.CountAsync(a => a.ItemId == id)));
    }

    [Fact]
    public async Task Service_card_rules_check_ages_hours_and_taxonomy()
    {
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation());
        var card = ServiceCard(organisation);
        card.MinimumAge = 10;
        card.MaximumAge = 3;
        card.Category = "inesistente";
        card.Venues[0].Hours.Slots[0].Closes = new TimeOnly(7, 0);
        card.Contacts = [new Web.Features.Services.ServiceContact { Name = "Senza recapiti", Email = "non-una-email" }];

        var result = await factory.WorkflowAsync(w => w.CreateAsync(Editor, ContentTypes.Service, card, None));

        Assert.Equal(WorkflowOutcome.Invalid, result.Outcome);
        var messages = result.Errors!.SelectMany(e => e.Value).ToList();
        Assert.Contains("L'età massima non può essere minore dell'età minima.", messages);
        Assert.Contains("Scegli una categoria dall'elenco.", messages);
        Assert.Contains(messages, m => m.Contains("chiusura deve venire dopo", StringComparison.Ordinal));
        Assert.Contains("L'email del contatto non è valida.", messages);
        Assert.False(await factory.DbAsync(db => db.ContentItems.AnyAsync(i => i.Title == card.Title)));
    }

    [Fact]
    public async Task Slugs_come_from_Italian_titles_and_stay_unique()
    {
        var title = Unique("Nido d'infanzia «Il Girasole» perché");
        var first = await factory.CreateAsync(ContentTypes.Page, Page(title));
        var second = await factory.CreateAsync(ContentTypes.Page, Page(title));

        var slugs = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == first || i.Id == second).OrderBy(i => i.CreatedUtc).ThenBy(i => i.Slug).Select(i => i.Slug).ToListAsync());

        Assert.All(slugs, s => Assert.StartsWith("nido-d-infanzia-il-girasole-perche", s, StringComparison.Ordinal));
        Assert.Equal(2, slugs.Distinct().Count());
        Assert.Contains(slugs, s => s.EndsWith("-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deleting_moves_to_the_bin_unpublished_and_only_administrators_purge()
    {
        var page = Page();
        var id = await factory.CreateAsync(ContentTypes.Page, page, publish: true);
        using var client = factory.CreateClient();

        Assert.True((await factory.WorkflowAsync(w => w.DeleteAsync(Editor, id, null, None))).Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/" + page.Slug)).StatusCode);
        Assert.Equal(WorkflowOutcome.Forbidden, (await factory.WorkflowAsync(w => w.PurgeAsync(Editor, id, None))).Outcome);
        Assert.True((await factory.WorkflowAsync(w => w.RestoreAsync(Editor, id, None))).Succeeded);
        var restored = await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == id));
        Assert.False(restored.IsPublished);
        Assert.False(restored.IsDeleted);
        Assert.True((await factory.WorkflowAsync(w => w.DeleteAsync(Editor, id, null, None))).Succeeded);
        Assert.True((await factory.WorkflowAsync(w => w.PurgeAsync(Administrator, id, None))).Succeeded);
        Assert.False(await factory.DbAsync(db => db.ContentVersions.AnyAsync(v => v.ItemId == id)));
    }

    [Fact]
    public async Task A_partner_edits_and_submits_only_their_organisation_and_never_publishes()
    {
        var own = await factory.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var other = await factory.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var card = await factory.CreateAsync(ContentTypes.Service, ServiceCard(own), publish: true);
        var partner = Partner(own);
        var stranger = Partner(other);

        var changed = ServiceCard(own);
        Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(partner, card, changed, Rev(card), None))).Succeeded);
        Assert.Equal(WorkflowOutcome.Forbidden, (await factory.WorkflowAsync(w => w.PublishAsync(partner, card, null, None))).Outcome);
        Assert.Equal(WorkflowOutcome.Forbidden, (await factory.WorkflowAsync(w => w.SaveAsync(stranger, card, ServiceCard(other), Rev(card), None))).Outcome);
        Assert.Equal(WorkflowOutcome.Forbidden, (await factory.WorkflowAsync(w => w.SubmitAsync(stranger, card, null, None))).Outcome);
        Assert.Equal(WorkflowOutcome.Forbidden, (await factory.WorkflowAsync(w => w.CreateAsync(partner, ContentTypes.Page, Page(), None))).Outcome);
        Assert.Equal(WorkflowOutcome.Forbidden, (await factory.WorkflowAsync(w => w.SaveAsync(SocialManager, card, ServiceCard(own), Rev(card), None))).Outcome);

        // A partner cannot move a card to another organisation: the card stays theirs.
        var moved = ServiceCard(other);
        Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(partner, card, moved, Rev(card), None))).Succeeded);
        Assert.Equal(own, (await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == card))).OrganisationId);

        Assert.True((await factory.WorkflowAsync(w => w.SubmitAsync(partner, card, null, None))).Succeeded);
        var sentBack = await factory.WorkflowAsync(w => w.SendBackAsync(Editor, card, "Aggiungi i costi.", null, None));
        Assert.True(sentBack.Succeeded);
        Assert.Equal(ReviewState.SentBack, (await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == card))).ReviewState);
        Assert.True((await factory.WorkflowAsync(w => w.SubmitAsync(partner, card, null, None))).Succeeded);
        Assert.True((await factory.WorkflowAsync(w => w.PublishAsync(Editor, card, null, None))).Succeeded);
        var approved = await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == card));
        Assert.Equal(ReviewState.None, approved.ReviewState);
        Assert.Equal(approved.LatestVersion, approved.PublishedVersion);

        int Rev(Guid id) => factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).SingleAsync()).GetAwaiter().GetResult();
    }

    private async Task<string> RenameAndPublishAsync(Guid id, PageDocument page, string suffix)
    {
        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).SingleAsync());
        var renamed = Page(page.Title);
        renamed.Slug = page.Slug + suffix;
        Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(Editor, id, renamed, revision, None))).Succeeded);
        Assert.True((await factory.WorkflowAsync(w => w.PublishAsync(Editor, id, null, None))).Succeeded);
        return renamed.Slug;
    }

    private async Task RunSchedulerAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScheduledPublishing>().RunOnceAsync(None);
    }
}

public sealed class PublishWorkflowTestsOnSqlite(SqliteAppFactory factory) : PublishWorkflowTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PublishWorkflowTestsOnPostgres(PostgresAppFactory factory) : PublishWorkflowTests(factory), IClassFixture<PostgresAppFactory>;
