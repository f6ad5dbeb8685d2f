using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>/backoffice/anteprima/{id}: a version shown as the public would see it, under a banner that says so.</summary>
public sealed class ContentPreviewPage(IPage page)
{
    public ILocator Banner => page.Locator(Selectors.Banner);

    /// <summary>The service card under the banner.</summary>
    public PublicServiceCardPage Card { get; } = new(page);

    public static string Path(Guid id) => $"/backoffice/anteprima/{id}";

    public Task BackToEditorAsync() =>
        Banner.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = Selectors.BackToEditorName, Exact = true }).ClickAsync();

    public static class Selectors
    {
        public const string Banner = "[data-preview-banner]";
        public const string BackToEditorName = "Torna all'editor";
    }
}
