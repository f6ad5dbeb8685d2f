using System.Collections.Concurrent;
using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private static readonly string[] MainMenu = ["Servizi", "Mappa", "Notizie", "Documenti", "La rete", "Chi siamo", "Contatti"];
    private static readonly string[] Partners = ["Spazio Aperto Servizi", "ASSEMI", "Piano C", "Centro Studi Alspes"];

    [Fact]
    public Task Home_renders_the_bootstrap_italia_header_and_footer() => WithPageAsync(async page =>
    {
        var responses = new ConcurrentDictionary<string, int>();
        page.Response += (_, response) => responses[new Uri(response.Url).AbsolutePath] = response.Status;
        var site = new PublicSitePage(page);

        var home = await site.GotoAsync("/");

        Assert.Equal(200, home.Status);
        await Expect(site.Html).ToHaveAttributeAsync("lang", "it");
        await Expect(site.BrandTitle).ToHaveTextAsync("SinergieComuni");
        await Expect(site.MainMenu).ToBeVisibleAsync();
        await Expect(site.MainMenuLinks).ToHaveTextAsync(MainMenu);
        await Expect(site.Footer).ToBeVisibleAsync();
        foreach (var partner in Partners)
        {
            await Expect(site.FooterPartners.Filter(new LocatorFilterOptions { HasText = partner })).ToHaveCountAsync(1);
        }

        await Expect(site.FundingStatement).ToContainTextAsync("Regione Lombardia");

        Assert.True(
            responses.TryGetValue(PublicSitePage.BootstrapItaliaStylesheet, out var cssStatus),
            $"The page did not request {PublicSitePage.BootstrapItaliaStylesheet}; requested: {string.Join(", ", responses.Keys)}");
        Assert.Equal(200, cssStatus);

        // Without bootstrap-italia the header would have no background at all.
        var headerBackground = await site.HeaderCenter.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", headerBackground);
        var bodyFont = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily");
        Assert.Contains("Titillium", bodyFont, StringComparison.OrdinalIgnoreCase);
    });

    [Fact]
    public Task Skip_link_is_the_first_stop_of_the_keyboard_and_moves_focus_to_the_main_content() => WithPageAsync(async page =>
    {
        var site = new PublicSitePage(page);
        await site.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        Assert.True(await site.HasFocusAsync(PublicSitePage.Selectors.SkipToContent), "The first Tab should focus the skip link.");
        await Expect(site.SkipToContent).ToHaveTextAsync("Vai al contenuto principale");
        var box = await site.SkipToContent.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 20 && box.Height > 10, $"The focused skip link should be visible, but its box is {box.Width}x{box.Height}.");

        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Uri(Server.ServerAddress, "/#main-container").ToString());
        await Expect(site.Main).ToBeFocusedAsync();
    });

    [Fact]
    public Task Cookie_notice_disappears_when_acknowledged_and_stays_hidden_after_reload() => WithPageAsync(async page =>
    {
        var site = new PublicSitePage(page);
        await site.GotoAsync("/");
        await Expect(site.CookieNotice).ToBeVisibleAsync();

        await site.AcknowledgeCookieNoticeAsync();

        await Expect(site.CookieNotice).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Expect(site.Main).ToBeVisibleAsync();
        await Expect(site.CookieNotice).ToHaveCountAsync(0);
        await site.GotoAsync("/chi-siamo");
        await Expect(site.CookieNotice).ToHaveCountAsync(0);
    });
}
