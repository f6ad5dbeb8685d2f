using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Theory]
    [InlineData("/", 200)]
    [InlineData("/chi-siamo", 200)]
    [InlineData("/il-progetto", 200)]
    [InlineData("/contatti", 200)]
    [InlineData("/servizi", 200)]
    [InlineData("/comuni/melegnano", 200)]
    [InlineData("/cerca?q=asilo%20nido", 200)]
    [InlineData("/cerca?q=zzzzqqq", 200)]
    [InlineData("/moduli/questionario-conciliazione", 200)]
    [InlineData("/moduli/questionario-conciliazione/risultati", 200)]
    [InlineData("/moduli/richiesta-servizio", 200)]
    [InlineData("/moduli/adesione-rete", 200)]
    [InlineData("/moduli/contatti", 200)]
    [InlineData("/moduli/contatti/grazie", 200)]
    [InlineData("/pagina-che-non-esiste", 404)]
    [InlineData(LoginPage.Path, 200)]
    public Task Public_page_has_no_serious_accessibility_violations(string path, int expectedStatus) => WithPageAsync(async page =>
    {
        var site = new PublicSitePage(page);

        var response = await site.GotoAsync(path);

        Assert.Equal(expectedStatus, response.Status);
        await Expect(site.Heading).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    }, variant: path);

    [Theory]
    [InlineData(BackofficePage.HomePath)]
    [InlineData(BackofficePage.UsersPath)]
    [InlineData(InviteUserPage.Path)]
    [InlineData(ContentListPage.ServiceCardsPath)]
    [InlineData("/backoffice/cestino")]
    [InlineData("/backoffice/redirect")]
    [InlineData("/backoffice/registro")]
    [InlineData("/backoffice/sinonimi")]
    [InlineData("/backoffice/cerca?q=asilo")]
    [InlineData("/backoffice/ricerca")]
    [InlineData("/backoffice/contenuti/moduli")]
    [InlineData("/backoffice/moduli/nuova")]
    [InlineData("/backoffice/moduli/dati-personali")]
    public Task Backoffice_page_has_no_serious_accessibility_violations_for_an_administrator(string path) => WithPageAsync(async page =>
    {
        var administrator = await Server.CreateAdministratorAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(administrator);
        await Expect(page).ToHaveURLAsync(new Uri(Server.ServerAddress, BackofficePage.HomePath).ToString());

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        await Expect(new BackofficePage(page).Heading).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    }, variant: path);
}
