using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Services;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Media;

/// <summary>The library backoffice: folders, search and views, item details, usage tracking and deletion.</summary>
public abstract partial class MediaLibraryTests(SinergieAppFactory factory)
{
    private static Dictionary<string, string> Fields(string token, params (string Key, string Value)[] values)
    {
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(MediaLibraryClient library, string url, params (string Key, string Value)[] values) =>
        await library.Http.PostAsync(url, new FormUrlEncodedContent(Fields(library.Token, values)));

    private async Task<Guid> UseOnCardAsync(Guid imageId, string title)
    {
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var card = ServiceCard(organisation, title);
        card.Images.Add(new CardImage { FileId = imageId.ToString(), Alt = "Foto di prova" });
        return await factory.CreateAsync(ContentTypes.Service, card, publish: true);
    }

    [Fact]
    public async Task Folders_are_created_nested_renamed_and_deleted_only_when_empty()
    {
        using var library = await MediaLibraryClient.SignInAsync(factory);
        var name = Unique("Foto eventi");

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(library, "/backoffice/media?handler=CreateFolder", ("name", name))).StatusCode);
        var parent = await factory.DbAsync(db => db.MediaFolders.SingleAsync(f => f.Name == name));
        Assert.Null(parent.ParentId);
        var duplicate = await PostAsync(library, "/backoffice/media?handler=CreateFolder", ("name", name.ToUpperInvariant()));
        Assert.Contains("Esiste già una cartella", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await PostAsync(library, $"/backoffice/media?handler=CreateFolder&cartella={parent.Id}", ("name", "2026"));
        var child = await factory.DbAsync(db => db.MediaFolders.SingleAsync(f => f.ParentId == parent.Id));
        Assert.Equal("2026", child.Name);
        var image = await library.UploadAsync("festa.png", MediaTestFiles.Png, child.Id);

        var notEmpty = await PostAsync(library, $"/backoffice/media?handler=DeleteFolder&cartella={parent.Id}");
        Assert.Contains("non è vuota", WebUtility.HtmlDecode(await notEmpty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await PostAsync(library, $"/backoffice/media?handler=RenameFolder&cartella={child.Id}", ("name", "Anno 2026"));
        var html = WebUtility.HtmlDecode(await library.Http.GetStringAsync($"/backoffice/media?cartella={child.Id}"));
        Assert.Contains("<span aria-current=\"page\">Anno 2026</span>", html, StringComparison.Ordinal);
        Assert.Contains($"data-media-item=\"{image}\"", html, StringComparison.Ordinal);
        Assert.Contains($">{name}</a>", html, StringComparison.Ordinal);

        var deleteImage = await PostAsync(library, $"/backoffice/media/{image}?handler=Delete", ("ConfirmDelete", "true"));
        Assert.Equal(HttpStatusCode.Redirect, deleteImage.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(library, $"/backoffice/media?handler=DeleteFolder&cartella={child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(library, $"/backoffice/media?handler=DeleteFolder&cartella={parent.Id}")).StatusCode);
        Assert.False(await factory.DbAsync(db => db.MediaFolders.AnyAsync(f => f.Id == parent.Id || f.Id == child.Id)));
    }

    [Fact]
    public async Task Search_finds_items_by_title_alt_text_and_file_name_in_list_and_grid_views_and_flags_missing_alt_text()
    {
        using var library = await MediaLibraryClient.SignInAsync(factory);
        var word = "zq" + Guid.NewGuid().ToString("N")[..6];
        var byName = await library.UploadAsync($"merenda-{word}.png", MediaTestFiles.Png);
        var byAlt = await library.UploadAsync("altra.png", MediaTestFiles.Png);
        var other = await library.UploadAsync("niente.png", MediaTestFiles.Png);
        var save = await PostAsync(library, $"/backoffice/media/{byAlt}?handler=Save", ("Input.Title", "Foto del laboratorio"), ("Input.AltText", $"Bambini al laboratorio {word.ToUpperInvariant()}"),
            ("Input.FocalX", "50"), ("Input.FocalY", "50"));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);

        var list = await library.Http.GetStringAsync($"/backoffice/media?q={word}");
        var grid = await library.Http.GetStringAsync($"/backoffice/media?q={word}&vista=griglia");

        foreach (var html in new[] { list, grid })
        {
            Assert.Contains($"data-media-item=\"{byName}\"", html, StringComparison.Ordinal);
            Assert.Contains($"data-media-item=\"{byAlt}\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"data-media-item=\"{other}\"", html, StringComparison.Ordinal);
            Assert.Single(MissingAlt().Matches(html));
        }

        Assert.Contains("data-media-list", list, StringComparison.Ordinal);
        Assert.Contains("data-media-grid", grid, StringComparison.Ordinal);
        Assert.Contains($"href=\"/backoffice/media?q={word}&amp;vista=griglia\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_rows_follow_the_content_and_deletion_is_refused_while_used_then_allowed_and_audited()
    {
        using var library = await MediaLibraryClient.SignInAsync(factory);
        var image = await library.UploadAsync("nido.png", MediaTestFiles.Png);
        var title = Unique("Nido con foto");
        var card = await UseOnCardAsync(image, title);

        Assert.Equal([card], await factory.DbAsync(db => db.MediaUsages.Where(u => u.MediaItemId == image).Select(u => u.ContentItemId).ToListAsync()));
        var page = WebUtility.HtmlDecode(await library.Http.GetStringAsync($"/backoffice/media/{image}"));
        Assert.Contains($"href=\"/backoffice/servizi/{card}\">{title}</a>", page, StringComparison.Ordinal);

        var unconfirmed = await PostAsync(library, $"/backoffice/media/{image}?handler=Delete");
        Assert.Contains("spunta la conferma", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var refused = await PostAsync(library, $"/backoffice/media/{image}?handler=Delete", ("ConfirmDelete", "true"));
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains($"Il file non si può eliminare perché è usato in «{title}»", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("data-delete-blocked", refusedHtml, StringComparison.Ordinal);
        Assert.True(await factory.DbAsync(db => db.StoredFiles.AnyAsync(f => f.Id == image)));

        // A draft without the image still leaves the published version using it.
        var document = await factory.DbAsync(async db =>
        {
            var item = await db.ContentItems.SingleAsync(i => i.Id == card);
            var json = await db.ContentVersions.Where(v => v.ItemId == card && v.Number == item.LatestVersion).Select(v => v.DataJson).SingleAsync();
            return (item.Revision, ContentJson.Deserialize<ServiceCardDocument>(json));
        });
        document.Item2.Images.Clear();
        var saved = await factory.WorkflowAsync(w => w.SaveAsync(Editor, card, document.Item2, document.Revision, CancellationToken.None));
        Assert.True(saved.Succeeded, Describe(saved));
        Assert.True(await factory.DbAsync(db => db.MediaUsages.AnyAsync(u => u.MediaItemId == image)));
        var published = await factory.WorkflowAsync(w => w.PublishAsync(Editor, card, null, CancellationToken.None));
        Assert.True(published.Succeeded, Describe(published));
        Assert.False(await factory.DbAsync(db => db.MediaUsages.AnyAsync(u => u.MediaItemId == image)));

        var variant = await library.Http.GetAsync($"/file/{image}/nido.png?width=160&height=160&mode=crop&format=png");
        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
        var deleted = await PostAsync(library, $"/backoffice/media/{image}?handler=Delete", ("ConfirmDelete", "true"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.DbAsync(db => db.StoredFiles.AnyAsync(f => f.Id == image)));
        Assert.False(await factory.DbAsync(db => db.MediaItems.AnyAsync(f => f.Id == image)));
        Assert.False(File.Exists(Path.Combine(factory.DataPath, "files", image.ToString("N"))));
        Assert.False(Directory.Exists(Path.Combine(factory.DataPath, "cache", "images", image.ToString("N"))));
        Assert.True(await factory.DbAsync(db => db.AuditEntries.AnyAsync(a => a.ItemId == image && a.Action == AuditAction.MediaDelete)));
        Assert.Equal(HttpStatusCode.NotFound, (await library.Http.GetAsync($"/file/{image}/nido.png")).StatusCode);
    }

    [Fact]
    public async Task A_card_upload_becomes_a_library_item_with_its_alt_text_and_is_tracked()
    {
        using var library = await MediaLibraryClient.SignInAsync(factory);
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var card = await factory.CreateAsync(ContentTypes.Service, ServiceCard(organisation));
        var html = await library.Http.GetStringAsync($"/backoffice/servizi/{card}");
        var document = await factory.DbAsync(async db =>
        {
            var item = await db.ContentItems.SingleAsync(i => i.Id == card);
            return (item.Revision, ContentJson.Deserialize<ServiceCardDocument>(await db.ContentVersions.Where(v => v.ItemId == card).Select(v => v.DataJson).SingleAsync()));
        });
        var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlForms.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent(document.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Revision" },
            { new StringContent(document.Item2.Title), "Document.Title" },
            { new StringContent(document.Item2.Slug), "Document.Slug" },
            { new StringContent(document.Item2.ShortDescription), "Document.ShortDescription" },
            { new StringContent(document.Item2.Description), "Document.Description" },
            { new StringContent(document.Item2.Category), "Document.Category" },
            { new StringContent(organisation.ToString()), "Document.OrganisationId" },
            { new StringContent("Bambini in giardino"), "NewImageAlt" },
        };
        var file = new ByteArrayContent(MediaTestFiles.Png);
        form.Add(file, "NewImage", "Giardino del nido.png");

        var response = await library.Http.PostAsync($"/backoffice/servizi/{card}?handler=Save", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await factory.DbAsync(db => db.MediaItems.Include(m => m.File).SingleAsync(m => m.File.FileName == "giardino-del-nido.png" && db.MediaUsages.Any(u => u.MediaItemId == m.Id && u.ContentItemId == card)));
        Assert.Equal("Bambini in giardino", item.AltText);
        Assert.Equal("Giardino del nido", item.Title);
        Assert.Equal((1, 1), (item.Width, item.Height));
    }

    [GeneratedRegex("data-missing-alt")]
    private static partial Regex MissingAlt();
}

public sealed class MediaLibraryTestsOnSqlite(SqliteAppFactory factory) : MediaLibraryTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class MediaLibraryTestsOnPostgres(PostgresAppFactory factory) : MediaLibraryTests(factory), IClassFixture<PostgresAppFactory>;
