using System.Globalization;
using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Media;

/// <summary>An editor uploads images with the progress bar and sets a focal point; axe-core on the library's pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LibraryBrowserTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Fact]
    public Task An_editor_uploads_two_images_with_the_progress_bar_and_sets_a_focal_point() => WithPageAsync(async page =>
    {
        var editor = await Server.CreateEditorAsync();
        await SignInAsync(page, editor);
        var library = new MediaLibraryPage(page);
        await library.GotoAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
        var suffix = Guid.NewGuid().ToString("N")[..6];

        await library.FileInput.SetInputFilesAsync(
        [
            new FilePayload { Name = $"Prato verde {suffix}.jpg", MimeType = "image/jpeg", Buffer = TestJpegs.Grey(90) },
            new FilePayload { Name = $"Cielo azzurro {suffix}.jpg", MimeType = "image/jpeg", Buffer = TestJpegs.Grey(200) },
        ]);
        await library.UploadButton.ClickAsync();

        await Expect(library.UploadForm).ToHaveAttributeAsync("data-upload-done", "true");
        Assert.Equal(100, await library.Progress.EvaluateAsync<double>("p => p.value"));
        await Expect(library.UploadStatus).ToContainTextAsync("Caricamento completato: 2 file caricati, 0 rifiutati.");
        await Expect(library.SucceededRows).ToHaveCountAsync(2);
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        // Both appear in the library, in the list and in the grid.
        foreach (var view in new[] { "", "&vista=griglia" })
        {
            await library.GotoAsync($"?q={suffix}{view}");
            await Expect(page.Locator("[data-media-item]")).ToHaveCountAsync(2);
            await Expect(page.Locator("[data-missing-alt]")).ToHaveCountAsync(2);
            await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
        }

        await page.GetByRole(AriaRole.Link, new() { Name = $"Prato verde {suffix}", Exact = true }).First.ClickAsync();
        await Expect(library.FocalPicker).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        var box = await library.FocalPicker.Locator("img").BoundingBoxAsync();
        Assert.NotNull(box);
        await library.FocalPicker.ClickAsync(new LocatorClickOptions { Position = new Position { X = box.Width * 0.25f, Y = box.Height * 0.75f } });
        Assert.InRange(double.Parse(await library.FocalX.InputValueAsync(), CultureInfo.InvariantCulture), 23, 27);
        Assert.InRange(double.Parse(await library.FocalY.InputValueAsync(), CultureInfo.InvariantCulture), 73, 77);
        var clickedX = double.Parse(await library.FocalX.InputValueAsync(), CultureInfo.InvariantCulture);

        await library.FocalPicker.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Shift+ArrowUp");
        var movedX = double.Parse(await library.FocalX.InputValueAsync(), CultureInfo.InvariantCulture);
        var movedY = double.Parse(await library.FocalY.InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.Equal(Math.Round(clickedX + 1, 1), movedX);
        await page.GetByLabel("Testo alternativo").FillAsync("Un prato verde visto dall'alto");
        await library.SaveButton.ClickAsync();

        await Expect(library.StatusMessage).ToHaveTextAsync("Modifiche salvate.");
        Assert.Equal(movedX, double.Parse(await library.FocalX.InputValueAsync(), CultureInfo.InvariantCulture));
        Assert.Equal(movedY, double.Parse(await library.FocalY.InputValueAsync(), CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-missing-alt]")).ToHaveCountAsync(0);
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    });
}
