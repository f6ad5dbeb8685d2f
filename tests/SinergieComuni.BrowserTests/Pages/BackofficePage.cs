using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>Any backoffice page once signed in: its heading, side menu and the sign-out button.</summary>
public sealed class BackofficePage(IPage page)
{
    public const string HomePath = "/backoffice";
    public const string UsersPath = "/backoffice/utenti";

    public ILocator Heading => page.Locator(Selectors.Heading);

    public ILocator SignedInUser => page.Locator(Selectors.SignedInUser);

    public ILocator MenuLinks => page.Locator(Selectors.MenuLinks);

    /// <summary>A section of the dashboard: <see cref="Selectors.ToApprove"/>, <see cref="Selectors.SentBack"/> or <see cref="Selectors.Scheduled"/>.</summary>
    public ILocator DashboardSection(string section) => page.Locator(Selectors.DashboardSection(section));

    public Task SignOutAsync() =>
        page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Selectors.SignOutName, Exact = true }).ClickAsync();

    public static class Selectors
    {
        public const string Heading = "main#main-container h1";
        public const string SignedInUser = "[data-signed-in-user]";
        public const string MenuLinks = "nav[aria-label=\"Menu del backoffice\"] .nav-link";
        public const string SignOutName = "Esci";
        public const string ToApprove = "da-approvare";
        public const string SentBack = "rimandati";
        public const string Scheduled = "programmati";

        public static string DashboardSection(string section) => $"[data-dashboard=\"{section}\"]";
    }
}
