using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using SinergieComuni.Web.Features.Content;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Editorial;

/// <summary>axe-core on the news and events pages (lists, an item, the month calendar) and on their editors, with the demo content.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorialAccessibilityTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Theory]
    [InlineData("/notizie")]
    [InlineData("/notizie?argomento=servizi")]
    [InlineData("/eventi")]
    [InlineData("/eventi?periodo=passati")]
    [InlineData("/eventi/calendario")]
    [InlineData("/eventi/calendario?mese=13")]
    public Task Public_list_has_no_serious_accessibility_violations(string path) => WithPageAsync(async page =>
    {
        var response = await page.GotoAsync(path);

        Assert.Contains(response!.Status, new[] { 200, 400 });
        await Expect(new PublicSitePage(page).Heading).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    }, variant: path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-'));

    [Theory]
    [InlineData(ContentTypes.News)]
    [InlineData(ContentTypes.Event)]
    public Task Published_item_page_has_no_serious_accessibility_violations(string contentType) => WithPageAsync(async page =>
    {
        var items = await Server.PublishedItemsAsync(contentType);
        var item = contentType == ContentTypes.Event ? items.Single(i => i.Slug == "laboratorio-genitori-lavoro") : items[0];
        var site = new PublicSitePage(page);

        var response = await site.GotoAsync(ContentTypes.Get(contentType).PublicPath(item.Slug));

        Assert.Equal(200, response.Status);
        await Expect(site.Heading).ToHaveTextAsync(item.Title);
        if (contentType == ContentTypes.Event)
        {
            await Expect(page.Locator("[data-event-registration]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-service-map]")).ToBeVisibleAsync();
        }

        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    }, variant: contentType);

    [Theory]
    [InlineData("notizie", "nuova")]
    [InlineData("notizie", "esistente")]
    [InlineData("eventi", "nuova")]
    [InlineData("eventi", "esistente")]
    public Task Editor_has_no_serious_accessibility_violations(string segment, string which) => WithPageAsync(async page =>
    {
        var editor = await Server.CreateEditorAsync();
        await SignInAsync(page, editor);
        var type = ContentTypes.FindBySegment(segment)!;
        var path = which == "nuova" ? $"/backoffice/{segment}/nuova" : $"/backoffice/{segment}/{(await Server.PublishedItemsAsync(type.Key))[0].Id}";

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        await Expect(new BackofficePage(page).Heading).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        // The same form after a refused save, with its Italian messages next to the fields.
        await page.Locator("#f-Document-Title").FillAsync("");
        await page.Locator("button[formaction$='handler=Save']").ClickAsync();
        await Expect(page.Locator(".invalid-feedback").First).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    }, variant: $"{segment}-{which}");
}
