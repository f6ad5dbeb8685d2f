using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Navigation;

/// <summary>/backoffice/navigazione in a real browser: axe-core clean as opened, after a move and with errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationEditorBrowserTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string Path = "/backoffice/navigazione";

    [Fact]
    public Task The_navigation_editor_is_accessible_keeps_focus_on_a_moved_row_and_shows_errors_by_the_fields() => WithPageAsync(async page =>
    {
        var administrator = await Server.CreateAdministratorAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(administrator);
        await Expect(page).ToHaveURLAsync(new Uri(Server.ServerAddress, BackofficePage.HomePath).ToString());

        var response = await page.GotoAsync(Path);
        Assert.Equal(200, response?.Status);
        await Expect(new BackofficePage(page).Heading).ToHaveTextAsync("Navigazione");
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        // Moving the first entry down: the form comes back reordered, focus on the same button of the moved row.
        var first = await page.Locator("#Main-0-label").InputValueAsync();
        await page.Locator("#Main-0-down").ClickAsync();
        await Expect(page.Locator("#Main-1-label")).ToHaveValueAsync(first);
        await Expect(page.Locator("#Main-1-down")).ToBeFocusedAsync();
        await Expect(page.Locator("[data-nav-announcement]")).ToContainTextAsync("spostata in posizione 2");
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        // A wrong address is reported in Italian next to its field and in the summary; nothing is saved.
        await page.Locator("#Main-0-url").FillAsync("javascript:alert(1)");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Salva la navigazione", Exact = true }).Last.ClickAsync();
        await Expect(page.Locator("#Main-0-url-error")).ToContainTextAsync("l'indirizzo deve iniziare con «/»");
        await Expect(page.Locator("#Main-0-url")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("[data-form-errors]")).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    });
}
