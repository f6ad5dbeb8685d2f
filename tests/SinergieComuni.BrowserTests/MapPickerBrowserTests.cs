using System.Globalization;
using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests;

/// <summary>
/// The backoffice map picker of a venue: a click on the map stores that position (latitude, longitude, zoom) when the
/// card is saved; "Parti dal centro del comune" starts from the municipality's centre. No tiles load here (no internet):
/// the picker works on the blank background.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MapPickerBrowserTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Fact]
    public Task The_picker_stores_the_clicked_position() => WithSessionAsync(async session =>
    {
        var editor = await Server.CreateEditorAsync();
        var page = await session.NewPageAsync();
        await SignInAsync(page, editor);
        var card = new ServiceCardEditorPage(page);
        await card.GotoNewAsync();
        await card.FillMainInformationAsync($"Sede da posizionare {Guid.NewGuid():N}"[..32], "Una scheda per provare il selettore della posizione sulla mappa.", "prima-infanzia");
        await card.SelectFirstOrganisationAsync();
        await card.OpenTabAsync(ServiceCardEditorPage.Tabs.Audience);
        await card.TickMunicipalityAsync("melegnano");
        await card.OpenTabAsync(ServiceCardEditorPage.Tabs.Description);
        await card.FillDescriptionAsync("<p>Una sede da mettere sulla mappa.</p>");
        await card.OpenTabAsync(ServiceCardEditorPage.Tabs.Venues);
        await card.AddVenueAsync(0);
        await card.FillVenueAsync(0, "Sede di prova", "Via Roma 1", "20077", "melegnano", "", "");

        var picker = page.Locator("[data-venue='0'] [data-map-picker]");
        await Expect(picker).ToBeVisibleAsync();
        var latitude = page.Locator(ServiceCardEditorPage.Selectors.VenueLatitude(0));
        var longitude = page.Locator(ServiceCardEditorPage.Selectors.VenueLongitude(0));

        // "Parti dal centro del comune": Melegnano's centre from territory.json.
        await picker.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Parti dal centro del comune per la sede 1" }).ClickAsync();
        await Expect(latitude).ToHaveValueAsync("45.3583");
        await Expect(longitude).ToHaveValueAsync("9.3236");

        // A click a little up and left of the centre of the map moves the position north-west of it.
        var map = picker.Locator("[data-map-picker-map]");
        var box = await map.BoundingBoxAsync() ?? throw new InvalidOperationException("The picker's map has no size.");
        await map.ClickAsync(new LocatorClickOptions { Position = new Position { X = (box.Width / 2) - 60, Y = (box.Height / 2) - 40 } });
        await Expect(picker.Locator("[data-picker-status]")).ToContainTextAsync("Posizione impostata");
        var clickedLat = double.Parse(await latitude.InputValueAsync(), CultureInfo.InvariantCulture);
        var clickedLng = double.Parse(await longitude.InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.True(clickedLat > 45.3583 && clickedLat < 45.37, $"Latitude {clickedLat} should be a little north of Melegnano's centre.");
        Assert.True(clickedLng < 9.3236 && clickedLng > 9.30, $"Longitude {clickedLng} should be a little west of Melegnano's centre.");
        var zoom = await page.Locator("#f-Document-Venues-0--Zoom").InputValueAsync();

        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        await card.SaveDraftAsync();
        await Expect(card.FormErrors).ToHaveCountAsync(0);
        await Expect(card.StatusMessage).ToContainTextAsync("creata come bozza");
        await card.GotoAsync(card.ItemId());
        await card.OpenTabAsync(ServiceCardEditorPage.Tabs.Venues);
        Assert.Equal(clickedLat, double.Parse(await latitude.InputValueAsync(), CultureInfo.InvariantCulture), 6);
        Assert.Equal(clickedLng, double.Parse(await longitude.InputValueAsync(), CultureInfo.InvariantCulture), 6);
        await Expect(page.Locator("#f-Document-Venues-0--Zoom")).ToHaveValueAsync(zoom);
    });
}
