using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Content.Blocks;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>A visitor fills the contact form embedded in a page, with the keyboard, and sends it; axe-core on the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbeddedFormTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Fact]
    public Task A_visitor_sends_the_form_embedded_in_a_page() => WithPageAsync(async page =>
    {
        var slug = "scrivici-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<PublishWorkflow>();
            var created = await workflow.CreateAsync(DemoContentImporter.Importer, ContentTypes.Page, new PageDocument
            {
                Title = "Scrivici da questa pagina",
                Slug = slug,
                Blocks = [new RichTextBlock { Html = "<p>Compila il modulo qui sotto.</p>" }, new FormBlock { FormSlug = "contatti" }],
            }, CancellationToken.None);
            Assert.True(created.Succeeded, created.Message);
            Assert.True((await workflow.PublishAsync(DemoContentImporter.Importer, created.ItemId!.Value, null, CancellationToken.None)).Succeeded);
        }

        Assert.Equal(200, (await page.GotoAsync("/" + slug))!.Status);
        var form = page.Locator("[data-embedded-form] form");
        await Expect(form).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        // Going on with nothing filled, the browser check lists what is missing (in Italian) without leaving the page.
        await form.Locator("[data-step-next]").ClickAsync();
        await Expect(page.Locator("#errori-modulo")).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        await form.Locator("#f-nome").FillAsync("Maria Rossi");
        await form.Locator("input[type=email]").FillAsync("maria@example.org");
        await form.Locator("input[name='f.oggetto']").FillAsync("Informazioni");
        await form.Locator("textarea[name='f.messaggio']").FillAsync("Buongiorno, vorrei sapere di più sulla rete.");
        await form.Locator("label[for='f-consenso']").ClickAsync();
        await form.Locator("[data-step-next]").ClickAsync();
        await Expect(form.Locator("[data-summary-list]")).ToContainTextAsync("Maria Rossi");
        await form.Locator("[data-submit]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/moduli/contatti/grazie$"));
    });
}
