using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>/servizi, the search over the service cards: the search box with its suggestions, the facet panel and the results.</summary>
public sealed class ServiceSearchPage(IPage page)
{
    public const string Path = "/servizi";

    public IPage Page => page;

    public ILocator SearchBox => page.Locator(Selectors.SearchBox);

    public ILocator Suggestions => page.Locator(Selectors.Suggestions);

    public ILocator SuggestionOptions => page.Locator(Selectors.SuggestionOptions);

    public ILocator Status => page.Locator(Selectors.Status);

    public ILocator Results => page.Locator(Selectors.Results);

    public ILocator ResultItems => page.Locator(Selectors.ResultItems);

    public async Task<IResponse> GotoAsync(string query = "") =>
        await page.GotoAsync(Path + query) ?? throw new InvalidOperationException($"No response for {Path}{query}.");

    /// <summary>The checkbox of one value of a facet, such as ("costo", "gratuito").</summary>
    public ILocator FacetCheckbox(string facet, string value) => page.Locator($"#f-{facet}-{value}");

    /// <summary>The visible label of a facet value: bootstrap-italia draws the box on it, so it is what a person clicks.</summary>
    public ILocator FacetLabel(string facet, string value) => page.Locator($"label[for=\"f-{facet}-{value}\"]");

    public static class Selectors
    {
        public const string SearchBox = "#search-q";
        public const string Suggestions = "#search-suggestions";
        public const string SuggestionOptions = Suggestions + " [role=option]";
        public const string Status = "#search-status";
        public const string Results = "#search-results";
        public const string ResultItems = Results + " [data-service-item]";
    }
}
