using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using SinergieComuni.Web.Features.Content;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests;

/// <summary>axe-core on the service card editor (every tab), its workflow panel and history, and the public catalogue pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServiceCardAccessibilityTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Theory]
    [InlineData("nuova")]
    [InlineData("esistente")]
    public Task Service_card_editor_has_no_serious_accessibility_violations_in_any_tab(string card) => WithPageAsync(async page =>
    {
        var editor = await Server.CreateEditorAsync();
        await SignInAsync(page, editor);
        var cardEditor = new ServiceCardEditorPage(page);

        var response = card == "nuova"
            ? await cardEditor.GotoNewAsync()
            : await cardEditor.GotoAsync((await Server.PublishedItemsAsync(ContentTypes.Service))[0].Id);

        Assert.Equal(200, response.Status);
        await Expect(cardEditor.VisibleTabPanels).ToHaveCountAsync(1);
        var tabs = await cardEditor.TabLinks.AllTextContentsAsync();
        Assert.Contains(ServiceCardEditorPage.Tabs.Venues, tabs);

        // The whole page with the first tab shown, then every other tab panel as a person opens it.
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
        foreach (var tab in tabs.Skip(1))
        {
            await cardEditor.OpenTabAsync(tab.Trim());
            await AccessibilityAudit.AssertNoSeriousViolationsAsync(cardEditor.VisibleTabPanels);
        }

        if (card != "nuova")
        {
            // The workflow panel with its scheduling form opened.
            await cardEditor.WorkflowPanel.Locator("summary").ClickAsync();
            await Expect(cardEditor.WorkflowPanel.Locator("details")).ToHaveAttributeAsync("open", "");
            await AccessibilityAudit.AssertNoSeriousViolationsAsync(cardEditor.WorkflowPanel);
        }
    }, variant: card);

    [Fact]
    public Task Version_history_of_a_service_card_has_no_serious_accessibility_violations() => WithPageAsync(async page =>
    {
        var editor = await Server.CreateEditorAsync();
        var card = (await Server.PublishedItemsAsync(ContentTypes.Service))[0];
        await SignInAsync(page, editor);

        var response = await page.GotoAsync($"/backoffice/cronologia/{card.Id}");

        Assert.Equal(200, response?.Status);
        await Expect(new BackofficePage(page).Heading).ToContainTextAsync(card.Title);
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    });

    [Theory]
    [InlineData(ContentTypes.Service)]
    [InlineData(ContentTypes.Organisation)]
    public Task Published_catalogue_page_has_no_serious_accessibility_violations(string contentType) => WithPageAsync(async page =>
    {
        var item = (await Server.PublishedItemsAsync(contentType))[0];
        var site = new PublicSitePage(page);

        var response = await site.GotoAsync(ContentTypes.Get(contentType).PublicPath(item.Slug));

        Assert.Equal(200, response.Status);
        await Expect(site.Heading).ToHaveTextAsync(item.Title);
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    }, variant: contentType);
}
