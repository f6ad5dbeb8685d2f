using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using SinergieComuni.Web.Features.Content;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Documents;

/// <summary>axe-core on the document library (all, filtered, no results), a document page and the document editor (new, existing, with errors).</summary>
[Collection(BrowserCollection.Name)]
public sealed class DocumentsAccessibilityTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string Heading = "main h1";
    private const string Status = "#documents-status";

    [Theory]
    [InlineData("/documenti", "documenti trovati")]
    [InlineData("/documenti?tipo=modello&tema=lavoro-agile", "1 documento trovato.")]
    [InlineData("/documenti?q=nessunaparolacosi&anno=2019", "Nessun documento trovato.")]
    [InlineData("/documenti?tipo=sconosciuto", "documenti trovati")]
    public Task Document_list_has_no_serious_accessibility_violations(string path, string status) => WithPageAsync(async page =>
    {
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        await Expect(page.Locator(Heading)).ToHaveTextAsync("Documenti");
        await Expect(page.Locator(Status)).ToContainTextAsync(status);
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    }, variant: path.Length > 10 ? path[11..15] : "tutti");

    [Fact]
    public Task Filtering_through_the_form_keeps_the_choices_and_announces_the_count() => WithPageAsync(async page =>
    {
        await page.GotoAsync("/documenti");

        await page.GetByLabel("Tema").SelectOptionAsync("lavoro-agile");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Cerca", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("tema=lavoro-agile"));
        await Expect(page.GetByLabel("Tema")).ToHaveValueAsync("lavoro-agile");
        await Expect(page.Locator(Status)).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(page.Locator(Status)).ToContainTextAsync("2 documenti trovati");
    });

    [Fact]
    public Task Document_page_has_no_serious_accessibility_violations() => WithPageAsync(async page =>
    {
        var response = await page.GotoAsync("/documenti/regolamento-di-smart-working");

        Assert.Equal(200, response?.Status);
        await Expect(page.Locator(Heading)).ToHaveTextAsync("Regolamento di smart working");
        await Expect(page.Locator("[data-previous-versions]")).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    });

    [Theory]
    [InlineData("nuovo")]
    [InlineData("esistente")]
    [InlineData("errori")]
    public Task Document_editor_has_no_serious_accessibility_violations(string which) => WithPageAsync(async page =>
    {
        await SignInAsync(page, await Server.CreateEditorAsync());
        var path = which == "esistente"
            ? $"/backoffice/documenti/{(await Server.PublishedItemsAsync(ContentTypes.Document))[0].Id}"
            : "/backoffice/documenti/nuova";

        var response = await page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        if (which == "errori")
        {
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Salva bozza", Exact = true }).ClickAsync();
            await Expect(page.Locator("#f-new-file-error")).ToBeVisibleAsync();
        }

        await Expect(new BackofficePage(page).Heading).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    }, variant: which);
}
