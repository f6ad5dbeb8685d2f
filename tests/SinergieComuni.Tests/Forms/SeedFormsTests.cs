using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Tests.Forms;

/// <summary>A new site with demo content gets the four seed forms, published, and the questionnaire's 189 demo answers.</summary>
public abstract class SeedFormsTests(SinergieAppFactory factory)
{
    private const string DemoCard = "asilo-nido-il-bosco-dei-piccoli";

    [Fact]
    public async Task The_four_seed_forms_are_published_at_their_slugs()
    {
        var forms = await factory.DbAsync(db => db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == ContentTypes.Form && i.PublishedVersion != null && i.DeletedUtc == null)
            .Select(i => i.PublishedSlug!).ToListAsync());

        foreach (var slug in new[] { FormImporter.QuestionnaireSlug, FormImporter.ServiceRequestSlug, FormImporter.NetworkMembershipSlug, FormImporter.ContactSlug })
        {
            Assert.Contains(slug, forms);
            Assert.NotNull(await DefinitionAsync(slug));
        }
    }

    [Fact]
    public async Task The_questionnaire_has_189_demo_answers_of_its_published_version()
    {
        var (published, entries) = await QuestionnaireAsync();

        Assert.Equal(QuestionnaireDemoAnswers.Count, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.True(e.IsDemo);
            Assert.Equal(published.Version, e.FormVersion);
            Assert.Equal(EntryState.Read, e.State);
            Assert.Null(e.Email);
            Assert.NotEqual(Guid.Empty, e.SubmissionId);
            Assert.True(e.CreatedUtc < factory.Clock.GetUtcNow().UtcDateTime);
            Assert.NotEmpty(e.SearchText);
            Assert.Equal(e.SearchText.ToLowerInvariant(), e.SearchText);
        });
        Assert.Equal(entries.Count, entries.Select(e => e.SubmissionId).Distinct().Count());
        var months = entries.Select(e => (e.CreatedUtc.Year, e.CreatedUtc.Month)).Distinct().Count();
        Assert.True(months >= 4, $"The demo answers should spread over several months, not {months}.");
    }

    [Fact]
    public async Task Demo_answers_follow_the_profile_of_the_survey()
    {
        var (_, entries) = await QuestionnaireAsync();
        var answers = entries.Select(e => FormAnswers.Parse(e.AnswersJson)).ToList();

        Assert.True(Count(answers, "genere", "donna") > answers.Count / 2, "Women are the majority.");
        Assert.Equal("35-40", Mode(answers, "eta"));
        Assert.Equal("coniugato", Mode(answers, "stato-civile"));
        Assert.Equal("2", Mode(answers, "figli"));
        Assert.Equal("dipendente", Mode(answers, "condizione"));
        Assert.Equal("tempo-pieno", Mode(answers, "orario"));
        Assert.Equal("smart-working", Mode(answers, "modalita"));
        var residences = answers.Where(a => a.ContainsKey("comune-residenza")).GroupBy(a => a["comune-residenza"][0])
            .OrderByDescending(g => g.Count()).Select(g => g.Key).Take(2).ToHashSet();
        Assert.Equal(["san-donato-milanese", "san-giuliano-milanese"], residences.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Smart_working_days_are_answered_exactly_by_workers_not_fully_in_presence()
    {
        var (_, entries) = await QuestionnaireAsync();

        var answers = entries.Select(e => FormAnswers.Parse(e.AnswersJson)).ToList();
        Assert.Contains(answers, a => a.ContainsKey("modalita") && a["modalita"][0] == "presenza");
        Assert.Contains(answers, a => !a.ContainsKey("modalita"));
        foreach (var a in answers)
        {
            var remote = a.TryGetValue("modalita", out var mode) && mode[0] != "presenza";
            Assert.Equal(remote, a.ContainsKey("giorni-smart-working"));
            Assert.Equal(remote, a.ContainsKey(FormAnswers.RowKey("effetti-smart-working", "benessere")));
        }
    }

    [Fact]
    public async Task Every_demo_answer_is_valid_for_the_questionnaire()
    {
        var (published, entries) = await QuestionnaireAsync();
        var form = published.Form;
        var keys = form.AllFields().Where(f => f.HasAnswer)
            .SelectMany(f => f.Type == FormFieldType.Matrix ? f.Rows.Select(r => FormAnswers.RowKey(f.Key, r.Value)) : [f.Key]).ToHashSet();

        foreach (var entry in entries)
        {
            var answers = FormAnswers.Parse(entry.AnswersJson);
            Assert.All(answers.Keys, k => Assert.Contains(k, keys));
            var visibility = FormVisibility.Evaluate(form, answers);
            foreach (var field in form.AllFields().Where(f => f.HasAnswer))
            {
                var given = field.Type == FormFieldType.Matrix
                    ? field.Rows.Select(r => answers.GetValueOrDefault(FormAnswers.RowKey(field.Key, r.Value))).OfType<string[]>().SelectMany(v => v).ToList()
                    : [.. answers.GetValueOrDefault(field.Key) ?? []];
                if (!visibility.IsVisible(field))
                {
                    Assert.True(given.Count == 0, $"{field.Key} is hidden but answered.");
                    continue;
                }

                if (field.Required)
                {
                    Assert.True(given.Count > 0, $"{field.Key} is required but not answered.");
                }

                Assert.All(given, value => Assert.True(IsAllowed(field, value), $"{field.Key}: «{value}» is not a valid answer."));
            }

            Assert.Equal(["si"], answers["consenso"]);
        }
    }

    [Fact]
    public async Task The_import_does_not_run_again_once_forms_exist()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetServices<IDataSeeder>().OfType<FormImporter>().Single();
            await importer.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }

        Assert.Equal(1, await factory.DbAsync(db => db.ContentItems.CountAsync(i => i.ContentType == ContentTypes.Form && i.Slug == FormImporter.QuestionnaireSlug)));
        var (_, entries) = await QuestionnaireAsync();
        Assert.Equal(QuestionnaireDemoAnswers.Count, entries.Count);
    }

    [Fact]
    public async Task A_service_card_offers_the_request_form_only_while_it_is_published()
    {
        using var client = factory.CreateClient();
        var expected = $"href=\"/moduli/{FormImporter.ServiceRequestSlug}?servizio={DemoCard}\"";

        var withForm = WebUtility.HtmlDecode(await client.GetStringAsync($"/servizi/{DemoCard}"));
        Assert.Contains(expected, withForm, StringComparison.Ordinal);
        Assert.Contains("Richiedi il servizio", withForm, StringComparison.Ordinal);

        var form = (await DefinitionAsync(FormImporter.ServiceRequestSlug))!;
        var unpublished = await factory.WorkflowAsync(w => w.UnpublishAsync(ContentFixtures.Editor, form.Item.Id, null, CancellationToken.None));
        Assert.True(unpublished.Succeeded, ContentFixtures.Describe(unpublished));
        try
        {
            var withoutForm = WebUtility.HtmlDecode(await client.GetStringAsync($"/servizi/{DemoCard}"));
            Assert.DoesNotContain("data-request-link", withoutForm, StringComparison.Ordinal);
            Assert.DoesNotContain($"/moduli/{FormImporter.ServiceRequestSlug}", withoutForm, StringComparison.Ordinal);
        }
        finally
        {
            var republished = await factory.WorkflowAsync(w => w.PublishAsync(ContentFixtures.Editor, form.Item.Id, null, CancellationToken.None));
            Assert.True(republished.Succeeded, ContentFixtures.Describe(republished));
        }
    }

    private static bool IsAllowed(FormField field, string value) => field.Type switch
    {
        FormFieldType.SingleChoice or FormFieldType.MultipleChoice => field.Options.Any(o => o.Value == value),
        FormFieldType.Scale or FormFieldType.Matrix => int.TryParse(value, out var point) && point >= 1 && point <= field.ScaleMax,
        FormFieldType.Number => FormVisibility.TryNumber(value, out var n)
            && (field.Min is null || n >= decimal.Parse(field.Min, System.Globalization.CultureInfo.InvariantCulture))
            && (field.Max is null || n <= decimal.Parse(field.Max, System.Globalization.CultureInfo.InvariantCulture)),
        FormFieldType.Consent => value == "si",
        FormFieldType.LongText or FormFieldType.ShortText => value.Length > 0 && value.Length <= (field.MaxLength ?? FormRules.LongTextLimit),
        _ => false,
    };

    private static int Count(List<Dictionary<string, string[]>> answers, string key, string value) =>
        answers.Count(a => a.TryGetValue(key, out var v) && v.Contains(value));

    private static string Mode(List<Dictionary<string, string[]>> answers, string key)
    {
        var groups = answers.Where(a => a.ContainsKey(key)).GroupBy(a => a[key][0]).Select(g => (g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        Assert.True(groups.Count > 1 && groups[0].Count > groups[1].Count, $"{key} has no single most frequent answer.");
        return groups[0].Key;
    }

    private async Task<FormDefinitions.Published?> DefinitionAsync(string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FormDefinitions>().FindPublishedAsync(slug, CancellationToken.None);
    }

    private async Task<(FormDefinitions.Published Published, List<FormEntry> Entries)> QuestionnaireAsync()
    {
        var published = await DefinitionAsync(FormImporter.QuestionnaireSlug);
        Assert.NotNull(published);
        var entries = await factory.DbAsync(db => db.FormEntries.AsNoTracking().Where(e => e.FormId == published.Item.Id).ToListAsync());
        return (published, entries);
    }
}

public sealed class SeedFormsTestsOnSqlite(SqliteAppFactory factory) : SeedFormsTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class SeedFormsTestsOnPostgres(PostgresAppFactory factory) : SeedFormsTests(factory), IClassFixture<PostgresAppFactory>;
