using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Forms;

/// <summary>An editor builds a two-page form with a conditional question in the backoffice builder, by mouse and by keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormBuilderTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    /// <summary>The consent added to every new form, as the builder names it (long labels are cut at 60 characters).</summary>
    private const string Consent = "Ho letto l'informativa sulla privacy e acconsento al tratta…";
    private const string Name = "Nome";
    private const string SmartWorking = "Lavori in smart working?";
    private const string Days = "Giorni di smart working a settimana";

    [Fact]
    public Task An_editor_builds_a_two_page_form_with_a_conditional_question_reorders_it_and_publishes_it() => WithPageAsync(async page =>
    {
        var editor = await Server.CreateEditorAsync();
        var title = $"Smart working in azienda {Guid.NewGuid().ToString("N")[..8]}";
        await SignInAsync(page, editor);
        var form = new FormEditorPage(page);

        Assert.Equal(200, (await form.GotoNewAsync()).Status);
        await Expect(form.Heading).ToHaveTextAsync("Nuovo modulo");
        await Expect(form.Builder).ToBeVisibleAsync();
        await Expect(page.Locator("[data-builder-needs-script]")).ToBeHiddenAsync();

        // A new form already asks for consent (GDPR).
        await Expect(form.FieldLabels).ToHaveTextAsync([Consent]);

        await form.Title.FillAsync(title);
        await form.AddFieldAsync(1, 1, "Testo breve", Name);
        var choice = await form.AddFieldAsync(1, 1, "Scelta singola", SmartWorking);
        await form.FillChoiceAsync(choice, 1, "Sì");
        await form.FillChoiceAsync(choice, 2, "No");
        await Expect(form.FieldLabels).ToHaveTextAsync([Consent, Name, SmartWorking]);

        // Keyboard: the handle moves the question with the arrow keys and keeps the focus.
        await form.Handle(Name).FocusAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(form.FieldLabels).ToHaveTextAsync([Name, Consent, SmartWorking]);
        await Expect(form.Handle(Name)).ToBeFocusedAsync();
        await Expect(form.Announcer).ToHaveTextAsync("Domanda «Nome» spostata in posizione 1 di 3 nella pagina 1.");

        // Mouse: the choice is dragged above the consent.
        await form.Button(choice, "Chiudi").ClickAsync();
        await form.DragAboveAsync(SmartWorking, Consent);
        await Expect(form.FieldLabels).ToHaveTextAsync([Name, SmartWorking, Consent]);
        await Expect(form.Announcer).ToHaveTextAsync($"Domanda «{SmartWorking}» spostata in posizione 2 di 3 nella pagina 1.");

        // Second page: the number of days, asked only to people who work in smart working.
        await form.AddPageAsync();
        var days = await form.AddFieldAsync(2, 1, "Numero", Days);
        await form.ShowOnlyWhenAsync(days, SmartWorking, "Sì");
        await Expect(form.FieldLabels).ToHaveTextAsync([Name, SmartWorking, Consent, Days]);

        // «Sposta alla pagina…» takes the consent to the end of the second page.
        await form.MoveToAsync(Consent, "Pagina 2, gruppo 1");
        await Expect(form.FieldLabels).ToHaveTextAsync([Name, SmartWorking, Days, Consent]);
        await Expect(form.Handle(Consent)).ToBeFocusedAsync();
        await Expect(form.Announcer).ToContainTextAsync("spostata in posizione 2 di 2 nella pagina 2.");

        // The builder with a question open passes axe-core.
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        await form.SaveAndPublishAsync();

        await Expect(form.StatusMessage).ToHaveTextAsync("Pubblicato.");
        await Expect(form.FormErrors).ToHaveCountAsync(0);
        await Expect(form.WorkflowStatus).ToContainTextAsync("Pubblicato");
        await Expect(form.FieldLabels).ToHaveTextAsync([Name, SmartWorking, Days, Consent]);

        var (item, stored) = await LatestAsync(form.ItemId());
        Assert.Equal(title, item.Title);
        Assert.Equal(item.LatestVersion, item.PublishedVersion);
        Assert.Equal(2, stored.Pages.Count);
        Assert.Equal(["nome", "lavori-in-smart-working"], stored.Pages[0].Groups.SelectMany(g => g.Fields).Select(f => f.Key));
        Assert.Equal(["giorni-di-smart-working-a-settimana", "consenso"], stored.Pages[1].Groups.SelectMany(g => g.Fields).Select(f => f.Key));
        var daysField = stored.Pages[1].Groups[0].Fields[0];
        Assert.Equal((FormFieldType.Number, "giorni-di-smart-working-a-settimana"), (daysField.Type, daysField.Key));
        Assert.Equal(ConditionAction.Show, daysField.Condition!.Action);
        var rule = Assert.Single(daysField.Condition.Rules);
        Assert.Equal(("lavori-in-smart-working", RuleOperator.Equals, "si"), (rule.Field, rule.Operator, rule.Value));
        Assert.Equal(["si", "no"], stored.Field("lavori-in-smart-working")!.Options.Select(o => o.Value));
    });

    [Fact]
    public Task A_refused_save_shows_each_message_next_to_its_question_and_the_summary_leads_there() => WithPageAsync(async page =>
    {
        var editor = await Server.CreateEditorAsync();
        await SignInAsync(page, editor);
        var form = new FormEditorPage(page);
        await form.GotoNewAsync();
        await form.Title.FillAsync($"Modulo con un codice ripetuto {Guid.NewGuid().ToString("N")[..8]}");
        await form.AddFieldAsync(1, 1, "Testo breve", Name);
        var second = await form.AddFieldAsync(1, 1, "Email", "Email di contatto");
        await second.GetByLabel(FormEditorPage.Selectors.KeyLabel, new LocatorGetByLabelOptions { Exact = true }).FillAsync("nome");
        await Expect(second.Locator("[id$='-key-duplicate']")).ToContainTextAsync("già usato");

        await form.SaveDraftAsync();

        // Nothing saved: the summary says where, the question is open with the message under its code.
        await Expect(form.FormErrors).ToContainTextAsync("Pagina 1, gruppo 1, domanda 3 «Email di contatto»: Il codice «nome» è già usato nel modulo");
        Assert.EndsWith(FormEditorPage.NewPath + "?handler=Save", page.Url, StringComparison.Ordinal);
        var field = form.Field("Email di contatto");
        var key = field.GetByLabel(FormEditorPage.Selectors.KeyLabel, new LocatorGetByLabelOptions { Exact = true });
        await Expect(key).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(field.Locator(".invalid-feedback")).ToContainTextAsync("è già usato nel modulo");
        await Expect(form.FieldLabels).ToHaveTextAsync([Consent, Name, "Email di contatto"]);
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        // Closing the question and following the summary's link opens it again on the wrong code.
        await form.Button(field, "Chiudi").ClickAsync();
        await Expect(key).ToHaveCountAsync(0);
        await form.FormErrors.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(key).ToBeFocusedAsync();
    });

    private async Task<(ContentItem Item, FormDocument Form)> LatestAsync(Guid id)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var item = await db.ContentItems.AsNoTracking().SingleAsync(i => i.Id == id);
        var json = await db.ContentVersions.AsNoTracking().Where(v => v.ItemId == id && v.Number == item.LatestVersion).Select(v => v.DataJson).SingleAsync();
        return (item, ContentJson.Deserialize<FormDocument>(json));
    }
}
