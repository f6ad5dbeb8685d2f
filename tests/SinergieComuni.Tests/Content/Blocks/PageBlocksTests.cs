using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Content.Blocks;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.Media;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Content.Blocks;

/// <summary>Pages made of blocks: sanitised rich text, every block rendered from published content, the editor's checks.</summary>
public abstract class PageBlocksTests(SinergieAppFactory factory)
{
    [Fact]
    public async Task Xss_payloads_saved_in_the_editor_never_reach_the_published_page_and_formatting_survives()
    {
        using var client = await factory.SignedInClientAsync(Roles.Editor);
        var slug = "xss-" + Guid.NewGuid().ToString("N")[..8];
        var html = XssPayloads.Allowed + string.Concat(XssPayloads.All);

        var response = await client.SubmitAsync("/backoffice/pagine/nuova",
            [
                new("Document.Title", "Pagina con XSS"), new("Document.Slug", slug), new("Document.SortOrder", "0"),
                new("Document.Blocks[0].Kind", PageBlockKinds.RichText), new("Document.Blocks[0].Html", html),
                new("Document.Blocks[1].Kind", PageBlockKinds.Callout), new("Document.Blocks[1].Tone", "Warning"), new("Document.Blocks[1].Html", html),
                new("Document.Blocks[2].Kind", PageBlockKinds.Accordion), new("Document.Blocks[2].Entries[0].Question", "Domanda?"), new("Document.Blocks[2].Entries[0].Answer", html),
            ],
            "/backoffice/pagine/nuova?handler=SaveAndPublish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.DbAsync(db => db.ContentVersions.Where(v => v.Slug == slug).Select(v => v.DataJson).SingleAsync());
        Assert.DoesNotContain("<script", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", stored, StringComparison.OrdinalIgnoreCase);

        var page = await client.GetStringAsync("/" + slug);
        var article = page[page.IndexOf("<article", StringComparison.Ordinal)..page.IndexOf("</article>", StringComparison.Ordinal)];
        foreach (var forbidden in XssPayloads.Forbidden)
        {
            Assert.DoesNotContain(forbidden, article, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var kept in new[] { "<h2>Sezione</h2>", "<strong>forte</strong>", "<em>enfasi</em>", "<li>primo</li>", "<a href=\"/servizi\">uno interno</a>", "rel=\"noopener noreferrer\"" })
        {
            Assert.Contains(kept, article, StringComparison.Ordinal);
        }

        Assert.Contains("class=\"sc-block callout warning\"", article, StringComparison.Ordinal);
        Assert.Contains("<summary>Domanda?</summary>", article, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rich_text_stored_unsafely_by_another_route_is_sanitised_again_on_display()
    {
        var slug = "vecchia-" + Guid.NewGuid().ToString("N")[..8];
        var id = await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = "Pagina vecchia", Slug = slug, Body = "<p>ok</p>" }, publish: true);
        await factory.DbAsync(async db =>
        {
            var version = await db.ContentVersions.SingleAsync(v => v.ItemId == id);
            version.DataJson = "{\"title\":\"Pagina vecchia\",\"slug\":\"" + slug + "\",\"body\":\"<p>ok</p><img src=x onerror=alert(1)>\",\"blocks\":[{\"type\":\"richText\",\"html\":\"<script>alert(2)</script><p>blocco</p>\"}]}";
            return await db.SaveChangesAsync();
        });

        var page = await factory.CreateClient().GetStringAsync("/" + slug);

        Assert.Contains("<p>ok</p>", page, StringComparison.Ordinal);
        Assert.Contains("<p>blocco</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(2)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_embedded_form_is_sent_from_the_page_and_stored_like_on_its_own_page()
    {
        var form = System.Text.Json.JsonSerializer.Deserialize<FormDocument>(File.ReadAllText(SyncFile("forms/contatti.json")), ContentJson.Options)!;
        form.Slug = "modulo-" + Guid.NewGuid().ToString("N")[..8];
        var formId = await factory.CreateAsync(ContentTypes.Form, form, publish: true);
        var slug = "con-modulo-" + Guid.NewGuid().ToString("N")[..8];
        await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = "Scrivici da qui", Slug = slug, Blocks = [new FormBlock { FormSlug = form.Slug }] }, publish: true);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = SinergieAppFactory.BaseAddress });

        var shown = await Forms.FormFixtures.ShowFormAsync(client, "/" + slug);
        var sent = await Forms.FormFixtures.PostFormAsync(client, form.Slug, shown,
            [new("f.nome", "Maria Rossi"), new("f.email", "maria@example.org"), new("f.oggetto", "Informazioni"), new("f.messaggio", "Buongiorno."), new("f.consenso", "si")]);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/moduli/{form.Slug}/grazie", sent.Headers.Location?.OriginalString);
        Assert.Equal(1, await factory.DbAsync(db => db.FormEntries.CountAsync(e => e.FormId == formId)));
    }

    [Fact]
    public async Task A_form_that_needs_a_personal_link_or_is_closed_is_shown_as_a_card_leading_to_it()
    {
        var form = System.Text.Json.JsonSerializer.Deserialize<FormDocument>(File.ReadAllText(SyncFile("forms/contatti.json")), ContentJson.Options)!;
        form.Slug = "modulo-" + Guid.NewGuid().ToString("N")[..8];
        form.Settings.ClosesUtc = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1);
        await factory.CreateAsync(ContentTypes.Form, form, publish: true);
        var slug = "modulo-chiuso-" + Guid.NewGuid().ToString("N")[..8];
        await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = "Modulo chiuso", Slug = slug, Blocks = [new FormBlock { FormSlug = form.Slug }] }, publish: true);

        var page = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync("/" + slug));

        Assert.Contains($"href=\"/moduli/{form.Slug}\">Compila il modulo", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-embedded-form", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_block_type_renders_from_published_content()
    {
        var image = await LibraryImageAsync("Bambini al parco");
        var service = await factory.CreateAsync(ContentTypes.Service, ServiceCard(null, Unique("Nido della griglia")), publish: true);
        var formSlug = "modulo-" + Guid.NewGuid().ToString("N")[..8];
        var form = System.Text.Json.JsonSerializer.Deserialize<FormDocument>(File.ReadAllText(SyncFile("forms/contatti.json")), ContentJson.Options)!;
        form.Slug = formSlug;
        form.Title = "Modulo della pagina";
        await factory.CreateAsync(ContentTypes.Form, form, publish: true);
        var news = Editorial.EditorialFixtures.News(Unique("Notizia della griglia"));
        var newsId = await factory.CreateAsync(ContentTypes.News, news, publish: true);
        var (documentId, _) = await Documents.DocumentFixtures.CreateDocumentAsync(factory, d => d.Title = "Documento della lista");
        var slug = "blocchi-" + Guid.NewGuid().ToString("N")[..8];

        await factory.CreateAsync(ContentTypes.Page, new PageDocument
        {
            Title = "Tutti i blocchi",
            Slug = slug,
            Blocks =
            [
                new ImageTextBlock { ImageId = image.ToString(), Title = "In apertura", Html = "<p>Accanto all'immagine</p>", Hero = true },
                new RichTextBlock { Html = "<p>Testo semplice</p>" },
                new ImageBlock { ImageId = image.ToString(), Caption = "Una didascalia" },
                new CallToActionBlock { Title = "Partecipa", Label = "Vai al questionario", Url = "/questionario" },
                new AccordionBlock { Title = "Domande", Entries = [new AccordionEntry { Question = "Perché?", Answer = "<p>Perché sì.</p>" }] },
                new CardGridBlock { Title = "Servizi scelti", ContentType = ContentTypes.Service, Selection = ItemSelection.Chosen, ItemIds = [service] },
                new CardGridBlock { Title = "Notizie recenti", ContentType = ContentTypes.News, Selection = ItemSelection.Chosen, ItemIds = [newsId] },
                new DocumentListBlock { Title = "Documenti", Selection = ItemSelection.Chosen, ItemIds = [documentId] },
                new FormBlock { FormSlug = formSlug },
                new ServiceMapBlock { Title = "Sulla mappa", ServiceIds = [service] },
                new CalloutBlock { Tone = CalloutTone.Important, Html = "<p>Da sapere</p>" },
            ],
        }, publish: true);

        var response = await factory.CreateClient().GetAsync("/" + slug);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<h2 id=\"blocco-1-titolo\" class=\"display-6\">In apertura</h2>", page, StringComparison.Ordinal);
        Assert.Contains("srcset=", page, StringComparison.Ordinal);
        Assert.Contains("alt=\"Bambini al parco\"", page, StringComparison.Ordinal);
        Assert.Contains("<figcaption class=\"figure-caption\">Una didascalia</figcaption>", page, StringComparison.Ordinal);
        Assert.Contains("<a class=\"btn btn-primary\" href=\"/questionario\">Vai al questionario</a>", page, StringComparison.Ordinal);
        Assert.Contains("<summary>Perché?</summary>", page, StringComparison.Ordinal);
        Assert.Contains($"data-card=\"{service}\"", page, StringComparison.Ordinal);
        Assert.Contains($"data-card=\"{newsId}\"", page, StringComparison.Ordinal);
        Assert.Contains(news.Title, page, StringComparison.Ordinal);
        Assert.Contains("data-block=\"documentList\"", page, StringComparison.Ordinal);
        Assert.Contains("Documento della lista", page, StringComparison.Ordinal);
        Assert.Contains($"<form method=\"post\" action=\"/moduli/{formSlug}\"", page, StringComparison.Ordinal);
        Assert.Contains("data-embedded-form", page, StringComparison.Ordinal);
        Assert.Contains("data-block-map=", page, StringComparison.Ordinal);
        Assert.Contains("/js/block-map.js", page, StringComparison.Ordinal);
        Assert.Contains("class=\"sc-block callout important\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Block_problems_are_told_in_italian_per_block_and_nothing_is_saved()
    {
        using var client = await factory.SignedInClientAsync(Roles.Editor);
        var noAlt = await LibraryImageAsync(alt: null);
        var title = Unique("Pagina con errori");

        var response = await client.SubmitAsync("/backoffice/pagine/nuova",
            [
                new("Document.Title", title), new("Document.SortOrder", "0"),
                new("Document.Blocks[0].Kind", PageBlockKinds.Image),
                new("Document.Blocks[1].Kind", PageBlockKinds.Image), new("Document.Blocks[1].ImageId", noAlt.ToString()),
                new("Document.Blocks[2].Kind", PageBlockKinds.CallToAction), new("Document.Blocks[2].Url", "javascript:alert(1)"), new("Document.Blocks[2].Label", "Clicca"),
                new("Document.Blocks[6].Kind", PageBlockKinds.CallToAction), new("Document.Blocks[6].Url", "/ok"),
                new("Document.Blocks[3].Kind", PageBlockKinds.CardGrid), new("Document.Blocks[3].ContentType", ContentTypes.Service), new("Document.Blocks[3].Selection", "Chosen"), new("Document.Blocks[3].MaxItems", "3"),
                new("Document.Blocks[4].Kind", PageBlockKinds.Accordion),
                new("Document.Blocks[5].Kind", PageBlockKinds.ServiceMap),
            ],
            "/backoffice/pagine/nuova?handler=Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        foreach (var message in new[]
        {
            "Scegli un'immagine della libreria.",
            "L'immagine non ha un testo alternativo nella libreria: scrivilo qui",
            "Scrivi il testo del pulsante.",
            SafeLink.Message,
            "Scegli almeno un contenuto da mostrare, oppure mostra i più recenti.",
            "Scrivi almeno una domanda con la sua risposta.",
            "Scegli almeno un servizio da mostrare sulla mappa.",
        })
        {
            Assert.Contains(message, html, StringComparison.Ordinal);
        }

        Assert.Contains("id=\"f-Document-Blocks-1--Alt-error\"", html, StringComparison.Ordinal);
        Assert.Contains("sc-block-invalid", html, StringComparison.Ordinal);
        Assert.False(await factory.DbAsync(db => db.ContentItems.AnyAsync(i => i.Title == title)));
    }

    [Fact]
    public async Task The_editor_adds_moves_and_removes_blocks_without_javascript_and_opens_old_pages_with_their_body_as_a_block()
    {
        using var client = await factory.SignedInClientAsync(Roles.Editor);
        var id = await factory.CreateAsync(ContentTypes.Page, new PageDocument { Title = Unique("Pagina vecchia"), Body = "<p>Testo di prima</p>" });
        var editor = $"/backoffice/pagine/{id}";

        var opened = WebUtility.HtmlDecode(await client.GetStringAsync(editor));
        Assert.Contains("name=\"Document.Blocks[0].Kind\" value=\"richText\"", opened, StringComparison.Ordinal);
        Assert.Contains("<p>Testo di prima</p>", opened, StringComparison.Ordinal);

        var moved = await client.SubmitAsync(editor,
            [
                new("Document.Title", "Pagina riordinata"), new("Revision", "1"),
                new("Document.Blocks[0].Kind", PageBlockKinds.RichText), new("Document.Blocks[0].Html", "<p>Primo</p>"),
                new("Document.Blocks[1].Kind", PageBlockKinds.Callout), new("Document.Blocks[1].Html", "<p>Secondo</p>"),
            ],
            editor + "?handler=MoveBlock&index=1&delta=-1");
        var html = WebUtility.HtmlDecode(await moved.Content.ReadAsStringAsync());
        Assert.True(html.IndexOf("<p>Secondo</p>", StringComparison.Ordinal) < html.IndexOf("<p>Primo</p>", StringComparison.Ordinal), "The callout should now come first.");
        Assert.Contains("data-unsaved-blocks", html, StringComparison.Ordinal);

        var added = await client.SubmitAsync(editor, [new("Document.Title", "Pagina riordinata"), new("NewBlockKind", PageBlockKinds.CallToAction)], editor + "?handler=AddBlock");
        Assert.Contains("name=\"Document.Blocks[0].Kind\" value=\"callToAction\"", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var removed = await client.SubmitAsync(editor,
            [new("Document.Title", "Pagina riordinata"), new("Document.Blocks[0].Kind", PageBlockKinds.RichText), new("Document.Blocks[0].Html", "<p>Via</p>")],
            editor + "?handler=RemoveBlock&index=0");
        Assert.DoesNotContain("Document.Blocks[0].Kind", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_shows_the_blocks_of_the_draft()
    {
        using var client = await factory.SignedInClientAsync(Roles.Editor);
        var id = await factory.CreateAsync(ContentTypes.Page, new PageDocument
        {
            Title = Unique("Bozza a blocchi"),
            Blocks = [new CalloutBlock { Html = "<p>Nota della bozza</p>" }, new RichTextBlock { Html = "<p>Testo della bozza</p>" }],
        });

        var html = await client.GetStringAsync($"/backoffice/anteprima/{id}");

        Assert.Contains("data-preview-banner", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Nota della bozza", StringComparison.Ordinal) is > 0 and var note && note < html.IndexOf("Testo della bozza", StringComparison.Ordinal));
    }

    private async Task<Guid> LibraryImageAsync(string? alt)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var file = new StoredFile { FileName = "foto.jpg", ContentType = "image/jpeg", Size = 1000, Sha256 = Guid.NewGuid().ToString("N"), CreatedUtc = DateTime.UtcNow, CreatedBy = "test" };
        db.StoredFiles.Add(file);
        db.MediaItems.Add(new MediaItem { Id = file.Id, Title = "Foto " + file.Id.ToString("N")[..6], AltText = alt, Width = 1200, Height = 800, CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, CreatedBy = "test", UpdatedBy = "test" });
        await db.SaveChangesAsync();
        return file.Id;
    }

    private static string SyncFile(string path) => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../sync", path));
}

public sealed class PageBlocksTestsOnSqlite(SqliteAppFactory factory) : PageBlocksTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class PageBlocksTestsOnPostgres(PostgresAppFactory factory) : PageBlocksTests(factory), IClassFixture<PostgresAppFactory>;
