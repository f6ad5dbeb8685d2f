using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Media;

/// <summary>Basic uploads on service cards: type checked by content, alt text required, nothing left behind on refusal.</summary>
public abstract class UploadTests(SinergieAppFactory factory)
{
    // The smallest valid PNG: a 1×1 transparent pixel.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static readonly byte[] Php = "<?php echo 'ciao'; ?>"u8.ToArray();

    private async Task<(HttpClient Client, Guid Card, string Token)> EditCardAsync()
    {
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var card = await factory.CreateAsync(ContentTypes.Service, ServiceCard(organisation));
        var email = $"redazione-{Guid.NewGuid():N}@prova.it";
        var password = await factory.CreateUserAsync(email, Roles.Editor);
        var client = factory.CreateBrowserLikeClient();
        await client.LogInAsync(email, password);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync($"/backoffice/servizi/{card}"));
        return (client, card, token);
    }

    private async Task<MultipartFormDataContent> FormAsync(Guid card, string token, params (string Name, string Value)[] extra)
    {
        var (item, document) = await factory.DbAsync(async db =>
        {
            var i = await db.ContentItems.SingleAsync(x => x.Id == card);
            var json = await db.ContentVersions.Where(v => v.ItemId == card && v.Number == i.LatestVersion).Select(v => v.DataJson).SingleAsync();
            return (i, ContentJson.Deserialize<SinergieComuni.Web.Features.Services.ServiceCardDocument>(json));
        });
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(item.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Revision" },
            { new StringContent(document.Title), "Document.Title" },
            { new StringContent(document.Slug), "Document.Slug" },
            { new StringContent(document.ShortDescription), "Document.ShortDescription" },
            { new StringContent(document.Description), "Document.Description" },
            { new StringContent(document.Category), "Document.Category" },
            { new StringContent(document.OrganisationId!.Value.ToString()), "Document.OrganisationId" },
        };
        foreach (var (name, value) in extra)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private static void AddFile(MultipartFormDataContent form, string field, string fileName, byte[] bytes, string declaredType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        form.Add(content, field, fileName);
    }

    [Fact]
    public async Task An_image_with_alt_text_and_a_pdf_are_stored_and_shown_on_the_published_card()
    {
        var (client, card, token) = await EditCardAsync();
        using var _ = client;
        var form = await FormAsync(card, token, ("NewImageAlt", "Bambini che giocano in giardino"), ("NewAttachmentTitle", "Regolamento del servizio"));
        AddFile(form, "NewImage", "foto del nido.png", Png, "image/png");
        AddFile(form, "NewAttachment", "Regolamento 2026.PDF", Pdf, "application/pdf");

        var response = await client.PostAsync($"/backoffice/servizi/{card}?handler=SaveAndPublish", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var slug = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == card).Select(i => i.PublishedSlug).SingleAsync());
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/servizi/{slug}"));
        Assert.Contains("alt=\"Bambini che giocano in giardino\"", html, StringComparison.Ordinal);
        Assert.Contains("Regolamento del servizio", html, StringComparison.Ordinal);
        var files = await factory.DbAsync(db => db.StoredFiles.OrderBy(f => f.ContentType).Where(f => f.FileName == "foto-del-nido.png" || f.FileName == "regolamento-2026.pdf").ToListAsync());
        Assert.Equal(["application/pdf", "image/png"], files.Select(f => f.ContentType).Distinct().Order());
        var pdf = files.First(f => f.ContentType == "application/pdf");
        Assert.Contains($"/file/{pdf.Id}/regolamento-2026.pdf", html, StringComparison.Ordinal);
        var download = await client.GetAsync($"/file/{pdf.Id}/regolamento-2026.pdf");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_script_renamed_as_an_image_is_refused_and_nothing_is_stored()
    {
        var (client, card, token) = await EditCardAsync();
        using var _ = client;
        var filesBefore = await factory.DbAsync(db => db.StoredFiles.CountAsync());
        var form = await FormAsync(card, token, ("NewImageAlt", "Foto"));
        AddFile(form, "NewImage", "foto.jpg", Php, "image/jpeg");

        var response = await client.PostAsync($"/backoffice/servizi/{card}?handler=Save", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("contiene codice", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(filesBefore, await factory.DbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(1, await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == card).Select(i => i.LatestVersion).SingleAsync()));
    }

    [Fact]
    public async Task An_image_without_alt_text_is_refused()
    {
        var (client, card, token) = await EditCardAsync();
        using var _ = client;
        var form = await FormAsync(card, token);
        AddFile(form, "NewImage", "foto.png", Png, "image/png");

        var response = await client.PostAsync($"/backoffice/servizi/{card}?handler=Save", form);

        Assert.Contains("testo alternativo", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == card).Select(i => i.LatestVersion).SingleAsync()));
    }

    [Fact]
    public async Task A_valid_upload_is_removed_again_when_the_card_itself_is_refused()
    {
        var (client, card, token) = await EditCardAsync();
        using var _ = client;
        var filesBefore = await factory.DbAsync(db => db.StoredFiles.CountAsync());
        var form = await FormAsync(card, token, ("NewImageAlt", "Foto"), ("Document.MinimumAge", "9"), ("Document.MaximumAge", "2"));
        AddFile(form, "NewImage", "foto.png", Png, "image/png");

        var response = await client.PostAsync($"/backoffice/servizi/{card}?handler=Save", form);

        Assert.Contains("L'età massima non può essere minore", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(filesBefore, await factory.DbAsync(db => db.StoredFiles.CountAsync()));
        var onDisk = Directory.Exists(Path.Combine(factory.DataPath, "files")) ? Directory.GetFiles(Path.Combine(factory.DataPath, "files")).Length : 0;
        Assert.Equal(await factory.DbAsync(db => db.StoredFiles.CountAsync()), onDisk);
    }

    [Fact]
    public async Task Unknown_files_answer_404()
    {
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/file/{Guid.NewGuid()}/x.pdf")).StatusCode);
    }
}

public sealed class UploadTestsOnSqlite(SqliteAppFactory factory) : UploadTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class UploadTestsOnPostgres(PostgresAppFactory factory) : UploadTests(factory), IClassFixture<PostgresAppFactory>;
