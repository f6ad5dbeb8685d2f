using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content.Blocks;
using SinergieComuni.Web.Features.Media;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>An editor builds a page of four blocks, reorders them with the keyboard, schedules, previews and publishes it.</summary>
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
        var imageTitle = await SeedLibraryImageAsync("Una famiglia al parco con due bambini");
        var editor = await Server.CreateEditorAsync();
        await SignInAsync(page, editor);
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
        await Expect(image).ToHaveAttributeAsync("srcset", new System.Text.RegularExpressions.Regex("format=jpeg 320w"));
        await Expect(page.Locator("article [data-block='image'] source[type='image/webp']")).ToHaveCountAsync(1);
        await Expect(page.Locator("article summary")).ToHaveTextAsync("Come si partecipa?");
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    });

    /// <summary>A real JPEG in the library, with alternative text, as the media library would have stored it.</summary>
    private async Task<string> SeedLibraryImageAsync(string alt)
    {
        var folder = Directory.CreateTempSubdirectory("blocchi-");
        var path = Path.Combine(folder.FullName, "foto.jpg");
        using (var process = System.Diagnostics.Process.Start("vips", ["gaussnoise", path + "[Q=80]", "1200", "800"]))
        {
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
        }

        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var storage = scope.ServiceProvider.GetRequiredService<IFileStorage>();
        var bytes = await File.ReadAllBytesAsync(path);
        var file = new StoredFile { FileName = "famiglia.jpg", ContentType = "image/jpeg", Size = bytes.Length, Sha256 = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant(), CreatedUtc = DateTime.UtcNow, CreatedBy = "test" };
        await using (var stream = new MemoryStream(bytes))
        {
            await storage.SaveAsync(file.StorageKey, stream, CancellationToken.None);
        }

        var title = "Famiglia " + file.Id.ToString("N")[..6];
        db.StoredFiles.Add(file);
        db.MediaItems.Add(new MediaItem { Id = file.Id, Title = title, AltText = alt, Width = 1200, Height = 800, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, CreatedBy = "test", UpdatedBy = "test" });
        await db.SaveChangesAsync();
        folder.Delete(recursive: true);
        return title;
    }
}
