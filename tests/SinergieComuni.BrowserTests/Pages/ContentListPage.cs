using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>The backoffice list of one content type, /backoffice/contenuti/{segment}: the items the person may edit.</summary>
public sealed class ContentListPage(IPage page)
{
    public const string ServiceCardsPath = "/backoffice/contenuti/servizi";

    public ILocator Heading => page.Locator(Selectors.Heading);

    public ILocator Rows => page.Locator(Selectors.Rows);

    public ILocator Row(Guid id) => page.Locator(Selectors.Row(id));

    public async Task<IResponse> GotoServiceCardsAsync() =>
        await page.GotoAsync(ServiceCardsPath) ?? throw new InvalidOperationException($"No response for {ServiceCardsPath}.");

    /// <summary>Opens an item's editor through its title in the list.</summary>
    public Task OpenAsync(Guid id) => Row(id).Locator(Selectors.TitleLink).ClickAsync();

    public static class Selectors
    {
        public const string Heading = "main#main-container h1";
        public const string Rows = "main#main-container tbody tr[data-item]";
        public const string TitleLink = "th[scope=\"row\"] a";

        public static string Row(Guid id) => $"main#main-container tbody tr[data-item=\"{id}\"]";
    }
}
