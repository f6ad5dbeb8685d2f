using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Documents;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Documents;

/// <summary>Stored files and library documents for the document tests, each with its own unique words.</summary>
public static class DocumentFixtures
{
    public const string PdfType = "application/pdf";

    public static byte[] Pdf(string marker) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    /// <summary>Stores bytes as an upload would and returns the stored file's id.</summary>
    public static async Task<Guid> StoreFileAsync(this SinergieAppFactory factory, byte[] bytes, string fileName = "documento.pdf", string contentType = PdfType)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieComuni.Web.Data.SinergieDbContext>();
        var storage = scope.ServiceProvider.GetRequiredService<IFileStorage>();
        var file = new StoredFile
        {
            FileName = fileName,
            ContentType = contentType,
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            CreatedUtc = DateTime.UtcNow,
            CreatedBy = "test",
        };
        await using (var content = new MemoryStream(bytes))
        {
            await storage.SaveAsync(file.StorageKey, content, CancellationToken.None);
        }

        db.StoredFiles.Add(file);
        await db.SaveChangesAsync();
        return file.Id;
    }

    public static LibraryDocument Document(Guid fileId, string? title = null) => new()
    {
        Title = title ?? ContentFixtures.Unique("Documento di prova"),
        Summary = "Un documento di prova per i test.",
        DocumentType = "guida",
        Topic = "conciliazione",
        DocumentDate = new DateOnly(2025, 4, 10),
        VersionLabel = "1.0",
        FileId = fileId.ToString(),
    };

    /// <summary>Creates a document with a new PDF (and publishes it if asked); returns its id and slug.</summary>
    public static async Task<(Guid Id, string Slug)> CreateDocumentAsync(this SinergieAppFactory factory, Action<LibraryDocument>? change = null, bool publish = true, byte[]? bytes = null)
    {
        var fileId = await factory.StoreFileAsync(bytes ?? Pdf(Guid.NewGuid().ToString("N")));
        var document = Document(fileId);
        change?.Invoke(document);
        var id = await factory.CreateAsync(ContentTypes.Document, document, publish);
        var slug = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Slug).SingleAsync());
        return (id, slug);
    }

    /// <summary>Saves a new version of a document with a new file (publishing it if asked).</summary>
    public static async Task SaveNewVersionAsync(this SinergieAppFactory factory, Guid id, byte[] bytes, string versionLabel, bool publish)
    {
        var fileId = await factory.StoreFileAsync(bytes, $"documento-v{versionLabel.Replace('.', '-')}.pdf");
        var (revision, json) = await factory.DbAsync(async db =>
        {
            var item = await db.ContentItems.SingleAsync(i => i.Id == id);
            return (item.Revision, await db.ContentVersions.Where(v => v.ItemId == id && v.Number == item.LatestVersion).Select(v => v.DataJson).SingleAsync());
        });
        var document = ContentJson.Deserialize<LibraryDocument>(json);
        document.FileId = fileId.ToString();
        document.VersionLabel = versionLabel;
        var saved = await factory.WorkflowAsync(w => w.SaveAsync(ContentFixtures.Editor, id, document, revision, CancellationToken.None));
        Assert.True(saved.Succeeded, ContentFixtures.Describe(saved));
        if (publish)
        {
            var published = await factory.WorkflowAsync(w => w.PublishAsync(ContentFixtures.Editor, id, null, CancellationToken.None));
            Assert.True(published.Succeeded, ContentFixtures.Describe(published));
        }
    }
}
