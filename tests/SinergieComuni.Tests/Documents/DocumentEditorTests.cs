using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Documents;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Tests.Documents;

/// <summary>The document editor: the file is uploaded with the form, checked by its bytes, and nothing is left behind on refusal.</summary>
public abstract class DocumentEditorTests(SinergieAppFactory factory)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static MultipartFormDataContent Form(string token, string title, int revision = 0, string? fileId = null, string topic = "lavoro-agile")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Revision" },
            { new StringContent(title), "Document.Title" },
            { new StringContent("Sommario del documento."), "Document.Summary" },
            { new StringContent("regolamento"), "Document.DocumentType" },
            { new StringContent(topic), "Document.Topic" },
            { new StringContent("2025-11-03"), "Document.DocumentDate" },
            { new StringContent("1.0"), "Document.VersionLabel" },
            { new StringContent("true"), "Document.IsTemplate" },
        };
        if (fileId is not null)
        {
            form.Add(new StringContent(fileId), "Document.FileId");
        }

        return form;
    }

    private static void AddFile(MultipartFormDataContent form, string fileName, byte[] bytes, string declaredType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        form.Add(content, "NewFile", fileName);
    }

    private async Task<(HttpClient Client, string Token)> EditorAsync()
    {
        var client = await factory.SignedInClientAsync(Roles.Editor);
        var page = await client.GetAsync("/backoffice/documenti/nuova");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (client, HtmlForms.AntiforgeryToken(await page.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_document_created_with_its_file_and_published_is_downloadable_and_a_new_upload_replaces_the_file()
    {
        var (client, token) = await EditorAsync();
        using var _ = client;
        var title = ContentFixtures.Unique("Regolamento dall'editor");
        var first = DocumentFixtures.Pdf("dall'editor 1");
        var form = Form(token, title);
        AddFile(form, "Regolamento interno.PDF", first, "application/pdf");

        var created = await client.PostAsync("/backoffice/documenti/nuova?handler=SaveAndPublish", form);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var item = await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Title == title));
        Assert.Equal(1, item.PublishedVersion);
        var download = await client.GetAsync($"/documenti/{item.Slug}/scarica");
        Assert.Equal(first, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("regolamento-interno.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);

        var editor = await client.GetStringAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("regolamento-interno.pdf", editor, StringComparison.Ordinal);
        var fileId = ContentJson.Deserialize<LibraryDocument>(await factory.DbAsync(db => db.ContentVersions.Where(v => v.ItemId == item.Id).Select(v => v.DataJson).SingleAsync())).FileId;
        var second = DocumentFixtures.Pdf("dall'editor 2");
        var update = Form(HtmlForms.AntiforgeryToken(editor), title, item.Revision, fileId);
        AddFile(update, "Regolamento interno.PDF", second, "application/pdf");
        var republished = await client.PostAsync($"/backoffice/documenti/{item.Id}?handler=SaveAndPublish", update);

        Assert.Equal(HttpStatusCode.Redirect, republished.StatusCode);
        Assert.Equal(second, await client.GetByteArrayAsync($"/documenti/{item.Slug}/scarica"));
        Assert.Equal(first, await client.GetByteArrayAsync($"/documenti/{item.Slug}/versioni/1/scarica"));
    }

    [Fact]
    public async Task A_document_without_a_file_is_refused_in_Italian()
    {
        var (client, token) = await EditorAsync();
        using var _ = client;
        var title = ContentFixtures.Unique("Documento senza file");

        var response = await client.PostAsync("/backoffice/documenti/nuova?handler=Save", Form(token, title));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LibraryDocumentRules.MissingFile, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await factory.DbAsync(db => db.ContentItems.AnyAsync(i => i.Title == title)));
    }

    [Theory]
    [InlineData("foto.png", "image/png")]
    [InlineData("documento.pdf", "application/pdf")]
    public async Task A_file_of_a_type_the_library_does_not_take_is_refused_and_nothing_is_stored(string fileName, string declaredType)
    {
        var (client, token) = await EditorAsync();
        using var _ = client;
        var title = ContentFixtures.Unique("Documento con file sbagliato");
        var filesBefore = await factory.DbAsync(db => db.StoredFiles.CountAsync());
        var form = Form(token, title);
        // A PNG, or a script that only pretends to be a PDF.
        AddFile(form, fileName, declaredType == "image/png" ? Png : "<?php echo 1; ?>"u8.ToArray(), declaredType);

        var response = await client.PostAsync("/backoffice/documenti/nuova?handler=Save", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(LibraryDocumentRules.WrongFileType, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"f-new-file-help f-new-file-error\"", html, StringComparison.Ordinal);
        Assert.Equal(filesBefore, await factory.DbAsync(db => db.StoredFiles.CountAsync()));
        Assert.False(await factory.DbAsync(db => db.ContentItems.AnyAsync(i => i.Title == title)));
    }

    [Fact]
    public async Task A_valid_upload_is_removed_again_when_the_document_is_refused()
    {
        var (client, token) = await EditorAsync();
        using var _ = client;
        var title = ContentFixtures.Unique("Documento con tema sbagliato");
        var filesBefore = await factory.DbAsync(db => db.StoredFiles.CountAsync());
        var form = Form(token, title, topic: "astrologia");
        AddFile(form, "documento.pdf", DocumentFixtures.Pdf("rifiutato"), "application/pdf");

        var response = await client.PostAsync("/backoffice/documenti/nuova?handler=Save", form);

        Assert.Contains("Scegli il tema dall'elenco.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(filesBefore, await factory.DbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task The_preview_of_a_draft_shows_the_document_with_its_own_file()
    {
        var (id, _) = await factory.CreateDocumentAsync(d => d.Title = ContentFixtures.Unique("Anteprima"), publish: false);
        using var client = await factory.SignedInClientAsync(Roles.Editor);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/backoffice/anteprima/{id}"));

        Assert.Contains("non è pubblicata", html, StringComparison.Ordinal);
        Assert.Contains("Scarica il documento", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/file/[0-9a-f-]{36}/documento.pdf\"", html);
    }

    [Fact]
    public async Task Partners_cannot_create_documents()
    {
        using var client = await factory.SignedInClientAsync(Roles.PartnerRepresentative);

        var response = await client.GetAsync("/backoffice/documenti/nuova");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class DocumentEditorTestsOnSqlite(SqliteAppFactory factory) : DocumentEditorTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class DocumentEditorTestsOnPostgres(PostgresAppFactory factory) : DocumentEditorTests(factory), IClassFixture<PostgresAppFactory>;
