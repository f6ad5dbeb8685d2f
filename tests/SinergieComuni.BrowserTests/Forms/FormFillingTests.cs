using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Forms;

/// <summary>
/// A visitor fills a published two-step form with the keyboard only: the conditional question appears, errors are
/// announced and focused, the summary shows the answers, and the entry is stored. Also: the browser's conditions agree
/// with the server's on the shared cases.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormFillingTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private static FormDocument TwoSteps(string title) => new()
    {
        Title = title,
        Intro = "Due passi, con una domanda che compare solo a chi lavora anche da casa.",
        Pages =
        [
            new FormPage
            {
                Key = "lavoro",
                Title = "Il tuo lavoro",
                Groups =
                [
                    new FormGroup
                    {
                        Key = "g-lavoro",
                        Fields =
                        [
                            new FormField { Key = "nome", Type = FormFieldType.ShortText, Label = "Nome", Required = true, Autocomplete = "given-name" },
                            new FormField
                            {
                                Key = "modalita",
                                Type = FormFieldType.SingleChoice,
                                Label = "Come lavori?",
                                Required = true,
                                Options = [new() { Value = "presenza", Label = "In presenza" }, new() { Value = "smart", Label = "In smart working" }],
                            },
                        ],
                    },
                ],
            },
            new FormPage
            {
                Key = "dettagli",
                Title = "Dettagli",
                Groups =
                [
                    new FormGroup
                    {
                        Key = "g-dettagli",
                        Fields =
                        [
                            new FormField
                            {
                                Key = "giorni",
                                Type = FormFieldType.Number,
                                Label = "Giorni di smart working a settimana",
                                Required = true,
                                Min = "1",
                                Max = "5",
                                Condition = new FormCondition { Rules = [new FormRule { Field = "modalita", Operator = RuleOperator.Equals, Value = "smart" }] },
                            },
                            new FormField { Key = "consenso", Type = FormFieldType.Consent, Label = "Acconsento al trattamento dei miei dati personali.", Required = true },
                        ],
                    },
                ],
            },
        ],
        Settings = new FormSettings { ShowSummary = true, ConfirmationMessage = "Grazie, risposta ricevuta." },
    };

    private async Task<(Guid Id, string Slug)> PublishAsync(FormDocument form)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<PublishWorkflow>();
        var created = await workflow.CreateAsync(DemoContentImporter.Importer, ContentTypes.Form, form, CancellationToken.None);
        Assert.True(created.Succeeded, created.Message);
        Assert.True((await workflow.PublishAsync(DemoContentImporter.Importer, created.ItemId!.Value, null, CancellationToken.None)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        return (created.ItemId.Value, await db.ContentItems.Where(i => i.Id == created.ItemId).Select(i => i.PublishedSlug!).SingleAsync());
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached {selector}.");
    }

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => (document.activeElement.id || document.activeElement.tagName)");

    [Fact]
    public Task A_visitor_fills_a_two_step_form_with_the_keyboard_corrects_errors_and_sends_it() => WithPageAsync(async page =>
    {
        var (id, slug) = await PublishAsync(TwoSteps($"Modulo da tastiera {Guid.NewGuid():N}"[..30]));
        await page.GotoAsync($"/moduli/{slug}");
        var indicator = page.Locator("[data-step-indicator]");
        await Expect(indicator).ToHaveTextAsync("Passo 1 di 3");
        await Expect(page.Locator("[data-page='dettagli']")).ToBeHiddenAsync();

        // "Avanti" with nothing filled: the error summary appears, is focused and names both questions.
        await TabToAsync(page, "[data-step-next]");
        await page.Keyboard.PressAsync("Enter");
        var summary = page.Locator("[data-error-summary]");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToContainTextAsync("«Nome» è obbligatorio.");
        await Expect(summary).ToContainTextAsync("«Come lavori?»: scegli una risposta.");
        await Expect(summary).ToHaveAttributeAsync("role", "alert");
        Assert.Equal("f-nome", await FocusedAsync(page));
        await Expect(page.Locator("#f-nome")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#f-nome")).ToHaveAttributeAsync("aria-describedby", "f-nome-errore");
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        // The focus is on the first field in error: type the name, choose "In smart working" with the arrows.
        await page.Keyboard.TypeAsync("Giulia");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("input[name='f.modalita'][value='smart']")).ToBeCheckedAsync();
        await TabToAsync(page, "[data-step-next]");
        await page.Keyboard.PressAsync("Enter");

        // Step 2: the conditional question is there; an out-of-range answer is refused with the server's words.
        await Expect(indicator).ToHaveTextAsync("Passo 2 di 3");
        Assert.Equal("passo-dettagli", await FocusedAsync(page));
        await Expect(page.Locator("[data-field='giorni']")).ToBeVisibleAsync();
        await TabToAsync(page, "#f-giorni");
        await page.Keyboard.TypeAsync("9");
        await TabToAsync(page, "#f-consenso");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "[data-step-next]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(summary).ToContainTextAsync("«Giorni di smart working a settimana»: il valore massimo è 5.");
        await TabToAsync(page, "#f-giorni");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("3");
        await TabToAsync(page, "[data-step-next]");
        await page.Keyboard.PressAsync("Enter");

        // The summary step lists the answers with their labels; "Invia" sends.
        await Expect(indicator).ToHaveTextAsync("Passo 3 di 3");
        var answers = page.Locator("[data-summary-list]");
        await Expect(answers).ToContainTextAsync("Giulia");
        await Expect(answers).ToContainTextAsync("In smart working");
        await Expect(answers).ToContainTextAsync("3");
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
        await TabToAsync(page, "[data-submit]");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex($"/moduli/{slug}/grazie$"));
        await Expect(page.Locator("[role=status]")).ToContainTextAsync("Grazie, risposta ricevuta.");
        await using var scope = Server.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<SinergieDbContext>().FormEntries.SingleAsync(e => e.FormId == id);
        var stored = FormAnswers.Parse(entry.AnswersJson);
        Assert.Equal(["Giulia"], stored["nome"]);
        Assert.Equal(["smart"], stored["modalita"]);
        Assert.Equal(["3"], stored["giorni"]);
    });

    [Fact]
    public Task Choosing_in_presence_skips_the_conditional_question_and_the_server_shows_its_errors_on_the_right_step() => WithPageAsync(async page =>
    {
        var (id, slug) = await PublishAsync(TwoSteps($"Modulo in presenza {Guid.NewGuid():N}"[..30]));
        await page.GotoAsync($"/moduli/{slug}");
        await page.FillAsync("#f-nome", "Marco");
        await page.ClickAsync("label[for='f-modalita-0']");
        await page.ClickAsync("[data-step-next]");
        await Expect(page.Locator("[data-field='giorni']")).ToBeHiddenAsync();
        await Expect(page.Locator("#f-giorni")).ToBeDisabledAsync();
        await page.ClickAsync("label[for='f-consenso']");
        await page.ClickAsync("[data-step-next]");
        await Expect(page.Locator("[data-summary-list]")).Not.ToContainTextAsync("Giorni");
        await page.ClickAsync("[data-submit]");
        await Expect(page).ToHaveURLAsync(new Regex("/grazie$"));

        // A server-side error (the browser's check bypassed) comes back on its step with the summary focused.
        await page.GotoAsync($"/moduli/{slug}");
        await page.FillAsync("#f-nome", "Marco");
        await page.ClickAsync("label[for='f-modalita-0']");
        await page.EvaluateAsync("() => { document.querySelector('form.public-form').noValidate = true; document.getElementById('f-consenso').checked = false; HTMLFormElement.prototype.submit.call(document.querySelector('form.public-form')); }");
        await Expect(page.Locator("[data-error-summary]")).ToContainTextAsync("Per inviare il modulo devi dare il consenso al trattamento dei dati.");
        await Expect(page.Locator("[data-step-indicator]")).ToHaveTextAsync("Passo 2 di 3");
        Assert.Equal("f-consenso", await FocusedAsync(page));
        await Expect(page.Locator("#f-nome")).ToHaveValueAsync("Marco");

        await using var scope = Server.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<SinergieDbContext>().FormEntries.CountAsync(e => e.FormId == id));
    });

    [Fact]
    public Task The_editor_sees_a_visitors_entry_and_exports_it_as_xlsx() => WithSessionAsync(async session =>
    {
        var title = $"Modulo da esportare {Guid.NewGuid():N}"[..32];
        var (id, slug) = await PublishAsync(TwoSteps(title));
        var visitor = await session.NewPageAsync();
        await visitor.GotoAsync($"/moduli/{slug}");
        await visitor.FillAsync("#f-nome", "=HYPERLINK(\"x\")");
        await visitor.ClickAsync("label[for='f-modalita-1']");
        await visitor.ClickAsync("[data-step-next]");
        await visitor.FillAsync("#f-giorni", "2");
        await visitor.ClickAsync("label[for='f-consenso']");
        await visitor.ClickAsync("[data-step-next]");
        await visitor.ClickAsync("[data-submit]");
        await Expect(visitor).ToHaveURLAsync(new Regex("/grazie$"));

        var editor = await session.NewPageAsync();
        await SignInAsync(editor, await Server.CreateEditorAsync());
        await editor.GotoAsync("/backoffice/contenuti/moduli");
        var entriesLink = editor.Locator($"a[href='/backoffice/moduli/{id}/risposte']");
        await Expect(entriesLink).ToContainTextAsync("Risposte (1 nuova)");
        await entriesLink.ClickAsync();
        await Expect(editor.Locator("table")).ToContainTextAsync("=HYPERLINK");
        await editor.Locator("table tbody a").First.ClickAsync();
        await Expect(editor.Locator("main")).ToContainTextAsync("In smart working");
        await editor.GoBackAsync();

        var download = await editor.RunAndWaitForDownloadAsync(() => editor.Locator("[data-export='xlsx']").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = await sheet.ReadToEndAsync();
        Assert.Contains("Giorni di smart working a settimana", xml);
        Assert.Contains("'=HYPERLINK", System.Net.WebUtility.HtmlDecode(xml));
        Assert.Contains("In smart working", xml);
    });

    [Fact]
    public Task The_browser_evaluates_conditions_like_the_server_on_the_shared_cases() => WithPageAsync(async page =>
    {
        var (_, slug) = await PublishAsync(TwoSteps($"Modulo condizioni {Guid.NewGuid():N}"[..30]));
        await page.GotoAsync($"/moduli/{slug}");
        using var cases = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Forms", "condition-cases.json")));
        var definition = cases.RootElement.GetProperty("definition").GetRawText();
        foreach (var testCase in cases.RootElement.GetProperty("cases").EnumerateArray())
        {
            var hidden = await page.EvaluateAsync<JsonElement>(
                "([definition, answers]) => { const r = SinergieForms.evaluate(JSON.parse(definition), answers);" +
                " const off = m => Object.keys(m).filter(k => !m[k]).sort(); return { fields: off(r.fields), pages: off(r.pages), groups: off(r.groups) }; }",
                new object[] { definition, JsonSerializer.Deserialize<Dictionary<string, string[]>>(testCase.GetProperty("answers").GetRawText())! });
            var name = testCase.GetProperty("name").GetString();
            Assert.True(Sorted(testCase.GetProperty("hidden")).SequenceEqual(Sorted(hidden.GetProperty("fields"))), $"fields: {name}");
            Assert.True(Sorted(testCase.GetProperty("hiddenPages")).SequenceEqual(Sorted(hidden.GetProperty("pages"))), $"pages: {name}");
            Assert.True(Sorted(testCase.GetProperty("hiddenGroups")).SequenceEqual(Sorted(hidden.GetProperty("groups"))), $"groups: {name}");
        }
    });

    private static List<string> Sorted(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal)];
}
