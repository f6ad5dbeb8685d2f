using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Features.Identity;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Forms;

/// <summary>
/// A questionnaire with 30 answers: the backoffice dashboard and the public results draw a Chart.js chart and a data
/// table per question, respect reduced motion, and pass axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResultsDashboardTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const int Answers = 30;

    [Fact]
    public Task The_dashboard_shows_drawn_charts_and_tables_and_passes_axe() => WithPageAsync(async page =>
    {
        var (formId, _) = await CreateQuestionnaireAsync();
        var editor = await Server.CreateEditorAsync();
        await SignInAsync(page, editor);
        var results = new FormResultsPage(page);

        var response = await page.GotoAsync(FormResultsPage.DashboardPath(formId));

        Assert.Equal(200, response?.Status);
        await Expect(results.Total).ToHaveTextAsync(Answers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(results.Charts).ToHaveCountAsync(5);
        await Expect(results.Tables).ToHaveCountAsync(5);
        await Expect(results.Question("aspetti").Locator("canvas")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Grafico a barre impilate"));
        Assert.Equal(5, await results.DrawnChartCountAsync());
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        // The filter reloads the page with fewer answers, still drawn.
        await page.Locator("#filtro-comune").SelectOptionAsync(["melegnano"]);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Applica il filtro" }).ClickAsync();
        await Expect(results.Total).ToHaveTextAsync("10");
        Assert.Equal(5, await results.DrawnChartCountAsync());
    });

    [Fact]
    public Task The_public_results_show_drawn_charts_and_tables_without_animation_when_reduced_motion_is_asked_and_pass_axe() => WithPageAsync(async page =>
    {
        var (_, slug) = await CreateQuestionnaireAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });
        var results = new FormResultsPage(page);

        var response = await page.GotoAsync(FormResultsPage.PublicPath(slug));

        Assert.Equal(200, response?.Status);
        await Expect(results.Total).ToHaveTextAsync(Answers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Every age bin has fewer than five answers: its table says so and no empty chart is drawn.
        await Expect(results.Charts).ToHaveCountAsync(4);
        await Expect(results.Tables).ToHaveCountAsync(5);
        await Expect(results.Question("eta").Locator("canvas")).ToHaveCountAsync(0);
        await Expect(results.Question("eta").Locator("td", new LocatorLocatorOptions { HasText = "meno di 5" })).ToHaveCountAsync(8);
        Assert.Equal(4, await results.DrawnChartCountAsync());
        Assert.True(await results.AnimationsOffAsync());
        await Expect(results.Question("note")).Not.ToContainTextAsync("risposta libera");
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    });

    /// <summary>Publishes a questionnaire with public results and adds <see cref="Answers"/> entries; returns its id and slug.</summary>
    private async Task<(Guid Id, string Slug)> CreateQuestionnaireAsync()
    {
        static FormOption Option(string value, string label) => new() { Value = value, Label = label };
        var slug = "questionario-risultati-" + Guid.NewGuid().ToString("N")[..8];
        var form = new FormDocument
        {
            Title = "Questionario sui servizi " + slug[^8..],
            Slug = slug,
            Pages =
            [
                new FormPage
                {
                    Key = "pagina",
                    Groups =
                    [
                        new FormGroup
                        {
                            Key = "gruppo",
                            Fields =
                            [
                                new FormField { Key = "comune", Type = FormFieldType.SingleChoice, Label = "Comune di residenza", Options = [Option("san-donato", "San Donato Milanese"), Option("melegnano", "Melegnano"), Option("dresano", "Dresano")] },
                                new FormField { Key = "servizi", Type = FormFieldType.MultipleChoice, Label = "Servizi usati", Options = [Option("nido", "Nido"), Option("doposcuola", "Doposcuola"), Option("centro-estivo", "Centro estivo")] },
                                new FormField { Key = "soddisfazione", Type = FormFieldType.Scale, Label = "Soddisfazione complessiva", ScaleMax = 5, ScaleMinLabel = "Per niente", ScaleMaxLabel = "Moltissimo" },
                                new FormField { Key = "aspetti", Type = FormFieldType.Matrix, Label = "Valuta gli aspetti", ScaleMax = 5, Rows = [Option("orari", "Orari"), Option("costi", "Costi"), Option("personale", "Personale")] },
                                new FormField { Key = "eta", Type = FormFieldType.Number, Label = "Età" },
                                new FormField { Key = "note", Type = FormFieldType.LongText, Label = "Suggerimenti" },
                                new FormField { Key = "privacy", Type = FormFieldType.Consent, Label = "Acconsento al trattamento dei dati", Required = true },
                            ],
                        },
                    ],
                },
            ],
            Settings = new FormSettings { PublicResults = true },
        };

        await using var scope = Server.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<PublishWorkflow>();
        var actor = new ContentActor("browser-editor", "redazione@prova.it", new HashSet<string> { Roles.Editor }, null);
        var created = await workflow.CreateAsync(actor, ContentTypes.Form, form, CancellationToken.None);
        Assert.True(created.Succeeded, created.Message);
        var published = await workflow.PublishAsync(actor, created.ItemId!.Value, null, CancellationToken.None);
        Assert.True(published.Succeeded, published.Message);

        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var version = db.ContentItems.Single(i => i.Id == created.ItemId).PublishedVersion!.Value;
        string[] cities = ["san-donato", "melegnano", "dresano"];
        string[] services = ["nido", "doposcuola", "centro-estivo"];
        for (var i = 0; i < Answers; i++)
        {
            var answers = new Dictionary<string, string[]>
            {
                ["comune"] = [cities[i % 3]],
                ["servizi"] = i % 4 == 0 ? [services[0], services[1]] : [services[i % 3]],
                ["soddisfazione"] = [(1 + (i % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ["aspetti:orari"] = [(1 + (i * 2 % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ["aspetti:costi"] = [(1 + (i * 3 % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ["aspetti:personale"] = [(1 + (i % 4)).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ["eta"] = [(25 + (i * 7 % 30)).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ["note"] = ["una risposta libera"],
                ["privacy"] = ["si"],
            };
            db.FormEntries.Add(new FormEntry
            {
                FormId = created.ItemId!.Value,
                FormVersion = version,
                SubmissionId = Guid.NewGuid(),
                CreatedUtc = DateTime.UtcNow,
                AnswersJson = FormAnswers.Serialize(answers),
            });
        }

        await db.SaveChangesAsync();
        return (created.ItemId!.Value, slug);
    }
}
