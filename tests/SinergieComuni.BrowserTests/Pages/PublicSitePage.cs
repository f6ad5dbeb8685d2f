using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>Any page of the public site: the bootstrap-italia layout around the content.</summary>
public sealed class PublicSitePage(IPage page)
{
    public const string BootstrapItaliaStylesheet = "/lib/bootstrap-italia/css/bootstrap-italia.min.css";

    public IPage Page => page;

    public ILocator Html => page.Locator(Selectors.Html);

    public ILocator SkipToContent => page.Locator(Selectors.SkipToContent);

    public ILocator Main => page.Locator(Selectors.Main);

    public ILocator Heading => page.Locator(Selectors.Heading);

    public ILocator Header => page.Locator(Selectors.Header);

    public ILocator HeaderCenter => page.Locator(Selectors.HeaderCenter);

    public ILocator BrandTitle => page.Locator(Selectors.BrandTitle);

    public ILocator MainMenu => page.Locator(Selectors.MainMenu);

    public ILocator MainMenuLinks => page.Locator(Selectors.MainMenuLinks);

    public ILocator Footer => page.Locator(Selectors.Footer);

    public ILocator FooterPartners => page.Locator(Selectors.FooterPartners);

    public ILocator FundingStatement => page.Locator(Selectors.FundingStatement);

    public ILocator CookieNotice => page.Locator(Selectors.CookieNotice);

    public async Task<IResponse> GotoAsync(string path = "/")
    {
        var response = await page.GotoAsync(path);
        return response ?? throw new InvalidOperationException($"No response for {path}.");
    }

    public Task AcknowledgeCookieNoticeAsync() =>
        CookieNotice.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Ho capito", Exact = true }).ClickAsync();

    /// <summary>Whether the element that has the keyboard focus matches the selector.</summary>
    public Task<bool> HasFocusAsync(string selector) =>
        page.EvaluateAsync<bool>("selector => document.activeElement !== null && document.activeElement.matches(selector)", selector);

    public static class Selectors
    {
        public const string Html = "html";
        public const string SkipToContent = ".skiplinks a[href=\"#main-container\"]";
        public const string Main = "main#main-container";
        public const string Heading = "main#main-container h1";
        public const string Header = "header.it-header-wrapper";
        public const string HeaderCenter = "header.it-header-wrapper .it-header-center-wrapper";
        public const string BrandTitle = "header.it-header-wrapper .it-brand-title";
        public const string MainMenu = "header nav[aria-label=\"Menu principale\"]";
        public const string MainMenuLinks = MainMenu + " .navbar-nav .nav-link";
        public const string Footer = "footer#footer.it-footer";
        public const string FooterPartners = Footer + " .footer-list li";
        public const string FundingStatement = Footer + " [data-funding]";
        public const string CookieNotice = "[data-cookie-notice]";
    }
}
