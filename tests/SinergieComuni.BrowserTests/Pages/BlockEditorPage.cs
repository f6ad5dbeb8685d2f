using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>/backoffice/pagine/nuova and /backoffice/pagine/{id}: a page's fields, its blocks and the workflow panel.</summary>
public sealed class BlockEditorPage(IPage page)
{
    public const string NewPath = "/backoffice/pagine/nuova";

    public ILocator Title => page.Locator("#f-Document-Title");

    public ILocator Blocks => page.Locator(Selectors.Block);

    public ILocator BlockLabels => page.Locator($"{Selectors.Block} [data-block-label]");

    public ILocator Announcer => page.Locator("[data-block-announcer]");

    public ILocator StatusMessage => page.Locator("[data-status-message]");

    public ILocator FormErrors => page.Locator("[data-form-errors]");

    public Task<IResponse?> GotoNewAsync() => page.GotoAsync(NewPath);

    public ILocator Block(int number) => Blocks.Nth(number - 1);

    public ILocator Handle(int number) => Block(number).Locator("[data-block-handle]");

    /// <summary>The editable area of the n-th rich-text field inside a block.</summary>
    public ILocator RichText(int number, int field = 1) => Block(number).Locator("[data-rich-text-area]").Nth(field - 1);

    public async Task AddBlockAsync(string kind)
    {
        await page.Locator("#new-block-kind").SelectOptionAsync(kind);
        await page.Locator("[data-add-block]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public Task SaveDraftAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Salva bozza", Exact = true }).Last.ClickAsync();

    public async Task ScheduleAsync(DateTime romeLocal)
    {
        await page.Locator("[data-workflow-panel] summary").ClickAsync();
        await page.Locator("#publish-at").FillAsync(romeLocal.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva la programmazione" }).ClickAsync();
    }

    public Task PublishAsync() => page.Locator("[data-workflow-panel] form[action$='handler=Publish'] button").ClickAsync();

    public Task OpenPreviewAsync() => page.Locator("[data-preview-link]").ClickAsync();

    public static class Selectors
    {
        public const string Block = "[data-block-item]";
    }
}
