using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>The public «Scheda servizio», /servizi/{slug}; the backoffice preview shows the same view under its banner.</summary>
public sealed partial class PublicServiceCardPage(IPage page)
{
    public ILocator Title => page.Locator(Selectors.Title);

    public ILocator ShortDescription => page.Locator(Selectors.ShortDescription);

    public ILocator VenueNames => page.Locator(Selectors.VenueNames);

    /// <summary>The «Aperto ora» or «Chiuso ora» chip beside the title.</summary>
    public ILocator OpenNow => page.Locator(Selectors.OpenNow, new PageLocatorOptions { HasTextRegex = OpenNowText() });

    public static string Path(string slug) => "/servizi/" + slug;

    public async Task<IResponse> GotoAsync(string slug) =>
        await page.GotoAsync(Path(slug)) ?? throw new InvalidOperationException($"No response for {Path(slug)}.");

    [GeneratedRegex("^\\s*(Aperto ora|Chiuso ora)\\s*$")]
    private static partial Regex OpenNowText();

    public static class Selectors
    {
        public const string Title = "main#main-container [data-element=\"service-title\"]";
        public const string ShortDescription = "main#main-container [data-element=\"service-description\"]";
        public const string VenueNames = "main#main-container [data-venue-hours] h4";
        public const string OpenNow = "main#main-container [data-open-now]";
    }
}
