using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests;

/// <summary>/servizi with JavaScript: the suggestions combobox, facets that update the results in place, back and forward, axe-core.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Fact]
    public Task A_suggestion_is_picked_with_the_keyboard_and_leads_to_its_page() => WithPageAsync(async page =>
    {
        var search = new ServiceSearchPage(page);
        await search.GotoAsync();
        await Expect(search.SearchBox).ToHaveAttributeAsync("role", "combobox");
        await Expect(search.SearchBox).ToHaveAttributeAsync("aria-expanded", "false");

        await search.SearchBox.PressSequentiallyAsync("asilo", new LocatorPressSequentiallyOptions { Delay = 40 });

        await Expect(search.Suggestions).ToBeVisibleAsync();
        await Expect(search.SearchBox).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(search.SearchBox).ToHaveAttributeAsync("aria-controls", "search-suggestions");
        await Expect(search.Suggestions).ToHaveAttributeAsync("role", "listbox");
        Assert.True(await search.SuggestionOptions.CountAsync() is > 0 and <= 8);
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        await page.Keyboard.PressAsync("Escape");
        await Expect(search.Suggestions).ToBeHiddenAsync();
        await Expect(search.SearchBox).ToHaveAttributeAsync("aria-expanded", "false");

        await page.Keyboard.PressAsync("ArrowDown");
        var first = search.SuggestionOptions.First;
        await Expect(search.Suggestions).ToBeVisibleAsync();
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(search.SearchBox).ToHaveAttributeAsync("aria-activedescendant", await first.GetAttributeAsync("id") ?? "");
        await Expect(search.SearchBox).ToBeFocusedAsync();
        var target = await first.GetAttributeAsync("data-url");
        Assert.False(string.IsNullOrEmpty(target));

        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Uri(Server.ServerAddress, target).ToString());
    });

    [Fact]
    public Task Facets_update_the_results_in_place_and_back_and_forward_restore_them() => WithPageAsync(async page =>
    {
        var search = new ServiceSearchPage(page);
        await search.GotoAsync();
        await new PublicSitePage(page).AcknowledgeCookieNoticeAsync();
        await Expect(page.Locator("[data-search-auto-hint]")).ToBeVisibleAsync();
        // Marks that only survive if the document is never reloaded and the live region is never replaced.
        await page.EvaluateAsync("() => { window.scSameDocument = true; document.getElementById('search-status').dataset.kept = 'yes'; }");
        var all = await TotalAsync(page, "");
        await Expect(search.Status).ToHaveTextAsync(new Regex($"^{all} servizi trovati"));

        await search.FacetLabel("costo", "gratuito").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/servizi\\?costo=gratuito$"));
        var free = await TotalAsync(page, "costo=gratuito");
        await Expect(search.Status).ToHaveTextAsync(new Regex($"^{free} servizi trovati"));
        await Expect(search.FacetCheckbox("costo", "gratuito")).ToBeCheckedAsync();
        await Expect(search.FacetCheckbox("costo", "gratuito")).ToBeFocusedAsync();

        await search.FacetLabel("lingua", "en").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/servizi\\?costo=gratuito&lingua=en$"));
        var both = await TotalAsync(page, "costo=gratuito&lingua=en");
        Assert.True(both < free, $"Two facets found {both} services, one {free}.");
        await Expect(search.Status).ToHaveTextAsync(new Regex($"^{both} servizi trovati"));
        await Expect(search.ResultItems).ToHaveCountAsync(Math.Min(both, 12));
        await Expect(search.FacetCheckbox("costo", "gratuito")).ToBeCheckedAsync();
        await Expect(search.FacetCheckbox("lingua", "en")).ToBeCheckedAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        await page.GoBackAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/servizi\\?costo=gratuito$"));
        await Expect(search.Status).ToHaveTextAsync(new Regex($"^{free} servizi trovati"));
        await Expect(search.ResultItems).ToHaveCountAsync(Math.Min(free, 12));
        await Expect(search.FacetCheckbox("lingua", "en")).Not.ToBeCheckedAsync();
        await Expect(search.FacetCheckbox("costo", "gratuito")).ToBeCheckedAsync();

        await page.GoForwardAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/servizi\\?costo=gratuito&lingua=en$"));
        await Expect(search.Status).ToHaveTextAsync(new Regex($"^{both} servizi trovati"));
        await Expect(search.FacetCheckbox("lingua", "en")).ToBeCheckedAsync();
        await Expect(search.Status).ToHaveAttributeAsync("data-kept", "yes");
        await Expect(search.Status).ToHaveAttributeAsync("role", "status");
        Assert.True(await page.EvaluateAsync<bool>("() => window.scSameDocument === true"), "The page was reloaded instead of updated in place.");
    });

    [Fact]
    public Task Removing_a_filter_chip_updates_the_results_and_moves_focus_to_them() => WithPageAsync(async page =>
    {
        var search = new ServiceSearchPage(page);
        await search.GotoAsync("?costo=gratuito&lingua=en");
        await page.EvaluateAsync("() => { window.scSameDocument = true; }");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Rimuovi filtro Lingua: Inglese" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/servizi\\?costo=gratuito$"));
        await Expect(search.Status).ToHaveTextAsync(new Regex($"^{await TotalAsync(page, "costo=gratuito")} servizi trovati"));
        await Expect(page.Locator("#results-title")).ToBeFocusedAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.scSameDocument === true"), "The page was reloaded instead of updated in place.");
    });

    [Fact]
    public Task Typing_an_age_and_choosing_a_sort_update_the_results_and_keep_the_focus() => WithPageAsync(async page =>
    {
        var search = new ServiceSearchPage(page);
        await search.GotoAsync();
        var age = page.Locator("#f-eta");

        await age.PressSequentiallyAsync("4");

        await Expect(page).ToHaveURLAsync(new Regex("/servizi\\?eta=4$"));
        await Expect(search.Status).ToHaveTextAsync(new Regex($"^{await TotalAsync(page, "eta=4")} servizi trovati"));
        await Expect(age).ToBeFocusedAsync();
        await Expect(age).ToHaveValueAsync("4");

        await page.Locator("#search-sort").SelectOptionAsync("aggiornamento");

        await Expect(page).ToHaveURLAsync(new Regex("/servizi\\?eta=4&sort=aggiornamento$"));
        await Expect(page.Locator("#search-sort")).ToHaveValueAsync("aggiornamento");
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Rimuovi filtro Età: 4 anni" })).ToBeVisibleAsync();
    });

    /// <summary>The number of services the search API finds for a query string, to compare with what the page says.</summary>
    private static async Task<int> TotalAsync(IPage page, string query)
    {
        var response = await page.APIRequest.GetAsync("/api/search?pageSize=1&" + query);
        Assert.True(response.Ok, $"/api/search?{query} answered {response.Status}.");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
