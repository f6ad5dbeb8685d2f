using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Media;

/// <summary>The media library (/backoffice/media) and an item's page, for the browser tests.</summary>
public sealed class MediaLibraryPage(IPage page)
{
    public const string Path = "/backoffice/media";

    public ILocator FileInput => page.Locator("#media-files");

    public ILocator UploadButton => page.Locator("[data-upload-button]");

    public ILocator UploadForm => page.Locator("#media-upload-form");

    public ILocator Progress => page.Locator("[data-upload-progress]");

    public ILocator UploadStatus => page.Locator("[data-upload-status]");

    public ILocator SucceededRows => page.Locator("[data-upload-result=\"ok\"]");

    public ILocator FocalPicker => page.Locator("[data-focal-picker]");

    public ILocator FocalX => page.Locator("[data-focal-x]");

    public ILocator FocalY => page.Locator("[data-focal-y]");

    public ILocator SaveButton => page.Locator("[data-save]");

    public ILocator StatusMessage => page.Locator("[data-status-message]");

    public Task<IResponse?> GotoAsync(string query = "") => page.GotoAsync(Path + query);
}
