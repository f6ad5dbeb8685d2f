using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.Web.Features.Content.Blocks;
using SinergieComuni.BrowserTests.Media;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>An editor uploads two images and sets a focal point, builds a page of four blocks, reorders them with the keyboard, schedules, previews and publishes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BlockEditorTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string Text = "Testo";
    private const string Image = "Immagine";
    private const string Callout = "Riquadro in evidenza (callout)";
    private const string Faq = "Domande frequenti (accordion)";

    [Fact]
    public Task An_editor_builds_reorders_schedules_previews_and_publishes_a_page_of_blocks() => WithPageAsync(async page =>
    {
        var editor = await Server.CreateEditorAsync();
        await SignInAsync(page, editor);
        var imageTitle = await UploadTwoImagesAndSetAFocalPointAsync(page, "Una famiglia al parco con due bambini");
        var form = new BlockEditorPage(page);
        var title = $"Pagina a blocchi {Guid.NewGuid().ToString("N")[..8]}";

        Assert.Equal(200, (await form.GotoNewAsync())!.Status);
        await form.Title.FillAsync(title);
        await form.AddBlockAsync(PageBlockKinds.RichText);
        await form.AddBlockAsync(PageBlockKinds.Image);
        await form.AddBlockAsync(PageBlockKinds.Callout);
        await form.AddBlockAsync(PageBlockKinds.Accordion);
        await Expect(form.BlockLabels).ToHaveTextAsync([Text, Image, Callout, Faq]);

        // Saved empty, every block says what it lacks, in Italian; the editor with its errors passes axe-core.
        await form.SaveDraftAsync();
        await Expect(form.FormErrors).ToContainTextAsync("Scrivi il testo del blocco.");
        await Expect(form.FormErrors).ToContainTextAsync("Scegli un'immagine della libreria.");
        await Expect(form.FormErrors).ToContainTextAsync("Scrivi almeno una domanda con la sua risposta.");
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        await form.RichText(1).FillAsync("Il testo della pagina a blocchi.");
        await form.Block(2).Locator("select[data-image-picker]").SelectOptionAsync(new SelectOptionValue { Label = $"{imageTitle} – «Una famiglia al parco con due bambini»" });
        await form.RichText(3).FillAsync("Una nota da non perdere.");
        await form.Block(4).Locator("input[name$='.Entries[0].Question']").FillAsync("Come si partecipa?");
        await form.RichText(4).FillAsync("Basta scriverci.");

        // Keyboard: the accordion's handle moves it up twice; each move is announced and the focus stays on the handle.
        await form.Handle(4).FocusAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(form.Announcer).ToHaveTextAsync($"Blocco «{Faq}» spostato in posizione 3 di 4.");
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(form.Announcer).ToHaveTextAsync($"Blocco «{Faq}» spostato in posizione 2 di 4.");
        await Expect(form.Handle(2)).ToBeFocusedAsync();
        await Expect(form.BlockLabels).ToHaveTextAsync([Text, Faq, Image, Callout]);
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        await form.SaveDraftAsync();
        await Expect(form.StatusMessage).ToHaveTextAsync("Pagina creata come bozza.");
        await Expect(form.BlockLabels).ToHaveTextAsync([Text, Faq, Image, Callout]);

        await form.ScheduleAsync(DateTime.UtcNow.AddDays(3));
        await Expect(form.StatusMessage).ToHaveTextAsync("Programmazione salvata.");

        await form.OpenPreviewAsync();
        await Expect(page.Locator("[data-preview-banner]")).ToBeVisibleAsync();
        await Expect(page.Locator("article [data-block]")).ToHaveCountAsync(4);
        Assert.Equal(
            [PageBlockKinds.RichText, PageBlockKinds.Accordion, PageBlockKinds.Image, PageBlockKinds.Callout],
            await page.Locator("article [data-block]").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.getAttribute('data-block'))"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Torna all'editor" }).ClickAsync();

        await form.PublishAsync();
        await Expect(form.StatusMessage).ToHaveTextAsync("Pubblicato.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vedi sul sito" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        var image = page.Locator("article [data-block='image'] img");
        await Expect(image).ToHaveAttributeAsync("alt", "Una famiglia al parco con due bambini");
        await Expect(image).ToHaveAttributeAsync("srcset", new System.Text.RegularExpressions.Regex("format=jpeg&v=[0-9a-f]{8} 320w"));
        await Expect(page.Locator("article [data-block='image'] source[type='image/webp']")).ToHaveCountAsync(1);
        await Expect(image).ToHaveAttributeAsync("srcset", new System.Text.RegularExpressions.Regex("width=800&format=jpeg&v=[0-9a-f]{8} 800w"));
        Assert.Equal(200, await image.EvaluateAsync<int>("async img => (await fetch(img.currentSrc || img.src)).status"));
        await Expect(page.Locator("article summary")).ToHaveTextAsync("Come si partecipa?");
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    });

    /// <summary>
    /// In the media library: uploads two images at once, watching the progress bar, then opens the first, sets its
    /// focal point by clicking the image, gives it its alternative text and saves. Returns the first image's title.
    /// </summary>
    private static async Task<string> UploadTwoImagesAndSetAFocalPointAsync(IPage page, string alt)
    {
        var library = new MediaLibraryPage(page);
        await library.GotoAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await library.FileInput.SetInputFilesAsync(
        [
            new FilePayload { Name = $"Famiglia {suffix}.jpg", MimeType = "image/jpeg", Buffer = TestJpegs.Grey(120) },
            new FilePayload { Name = $"Parco {suffix}.jpg", MimeType = "image/jpeg", Buffer = TestJpegs.Grey(180) },
        ]);
        await library.UploadButton.ClickAsync();
        await Expect(library.UploadForm).ToHaveAttributeAsync("data-upload-done", "true");
        Assert.Equal(100, await library.Progress.EvaluateAsync<double>("p => p.value"));
        await Expect(library.SucceededRows).ToHaveCountAsync(2);

        await library.GotoAsync($"?q={suffix}");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Famiglia {suffix}", Exact = true }).First.ClickAsync();
        var box = await library.FocalPicker.Locator("img").BoundingBoxAsync();
        Assert.NotNull(box);
        await library.FocalPicker.ClickAsync(new LocatorClickOptions { Position = new Position { X = box.Width * 0.3f, Y = box.Height * 0.2f } });
        Assert.InRange(double.Parse(await library.FocalX.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture), 28, 32);
        await page.GetByLabel("Testo alternativo").FillAsync(alt);
        await library.SaveButton.ClickAsync();
        await Expect(library.StatusMessage).ToHaveTextAsync("Modifiche salvate.");
        return $"Famiglia {suffix}";
    }
}
