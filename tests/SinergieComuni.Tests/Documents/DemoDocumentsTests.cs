using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Documents;

namespace SinergieComuni.Tests.Documents;

/// <summary>A new database gets the demo documents of sync/content/documents as published .docx files.</summary>
public abstract class DemoDocumentsTests(SinergieAppFactory factory)
{
    [Theory]
    [InlineData("regolamento-di-smart-working", "Regolamento di smart working")]
    [InlineData("accordo-individuale-di-lavoro-agile", "Accordo individuale di lavoro agile (fac-simile)")]
    [InlineData("policy-di-welfare", "Policy di welfare")]
    [InlineData("protocollo-d-intesa", "Protocollo d'intesa")]
    public async Task The_four_templates_are_published_as_templates_with_a_word_file(string slug, string title)
    {
        var entry = await factory.DbAsync(async db =>
        {
            var item = await db.ContentItems.SingleAsync(i => i.ContentType == ContentTypes.Document && i.PublishedSlug == slug);
            return ContentJson.Deserialize<LibraryDocument>(await db.ContentVersions.Where(v => v.ItemId == item.Id && v.Number == item.PublishedVersion).Select(v => v.DataJson).SingleAsync());
        });
        using var client = factory.CreateClient();

        Assert.Equal(title, entry.Title);
        Assert.True(entry.IsTemplate);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/documenti/{slug}"));
        Assert.Contains("Fac-simile da adattare", html, StringComparison.Ordinal);
        Assert.Contains("DOCX, ", html, StringComparison.Ordinal);
        var download = await client.GetAsync($"/documenti/{slug}/scarica");
        Assert.Equal(DocxWriter.ContentType, download.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await download.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var document = XDocument.Load(zip.GetEntry("word/document.xml")!.Open());
        var text = string.Concat(document.Descendants(XName.Get("t", "http://schemas.openxmlformats.org/wordprocessingml/2006/main")).Select(t => t.Value + " "));
        Assert.Contains(title.Replace(" (fac-simile)", "", StringComparison.Ordinal), text, StringComparison.Ordinal);
        Assert.Contains("Fac-simile da adattare", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_regulation_lists_its_earlier_version()
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/documenti/regolamento-di-smart-working"));

        Assert.Contains("Versioni precedenti", html, StringComparison.Ordinal);
        Assert.Contains("Versione 1.0 del 3 marzo 2025", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_library_replaces_the_old_demo_page_at_documenti()
    {
        using var client = factory.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/documenti?tipo=modello"));

        Assert.Contains("data-document-library", html, StringComparison.Ordinal);
        Assert.Contains("data-document=\"accordo-individuale-di-lavoro-agile\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("I modelli in preparazione", html, StringComparison.Ordinal);
    }
}

public sealed class DemoDocumentsTestsOnSqlite(SqliteAppFactory factory) : DemoDocumentsTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class DemoDocumentsTestsOnPostgres(PostgresAppFactory factory) : DemoDocumentsTests(factory), IClassFixture<PostgresAppFactory>;
