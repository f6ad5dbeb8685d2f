using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Web.Features.Documents;

/// <summary>
/// Part of the first-start demo import: each sync/content/documents/*.json names a text source (*.md) that becomes a
/// real .docx file, stored like an upload, and a published library document. Earlier versions listed in the file are
/// published first, so the document page shows its version history. A missing demo image is left out, never fatal.
/// </summary>
public static class DocumentLibraryImporter
{
    public const string Folder = "documents";

    public static async Task<int> ImportAsync(IServiceProvider services, PublishWorkflow workflow, string contentRoot,
        IReadOnlyDictionary<string, Guid> organisations, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(contentRoot, Folder);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var db = services.GetRequiredService<SinergieDbContext>();
        var storage = services.GetRequiredService<IFileStorage>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var entry = JsonSerializer.Deserialize<SyncDocument>(await File.ReadAllTextAsync(file, cancellationToken), ContentJson.Options)
                ?? throw new InvalidOperationException($"{Path.GetFileName(file)} is empty.");
            var source = TextSource.Parse(await File.ReadAllTextAsync(Path.Combine(folder, entry.Source), cancellationToken));
            var document = entry.Document;
            if (entry.Organisation is not null)
            {
                document.OrganisationId = organisations.TryGetValue(entry.Organisation, out var organisationId)
                    ? organisationId
                    : throw new InvalidOperationException($"{Path.GetFileName(file)}: organisation '{entry.Organisation}' is not in sync/content/organisations.");
            }

            if (Guid.TryParse(document.ImageId, out var imageId) && !await db.StoredFiles.AnyAsync(f => f.Id == imageId, cancellationToken))
            {
                document.ImageId = null;
                document.ImageAlt = null;
            }

            // Oldest first: each version is published in turn, as an editor would have done over time.
            var versions = (entry.EarlierVersions ?? []).Append(new SyncVersion(document.VersionLabel, document.DocumentDate)).ToList();
            Guid? id = null;
            foreach (var version in versions)
            {
                var stored = await StoreAsync(db, storage, document, version, source, now, cancellationToken);
                var snapshot = ContentJson.Deserialize<LibraryDocument>(ContentJson.Serialize(document));
                snapshot.VersionLabel = version.VersionLabel;
                snapshot.DocumentDate = version.DocumentDate;
                snapshot.FileId = stored.Id.ToString();
                if (id is null)
                {
                    id = await DemoContentImporter.ImportAsync(workflow, ContentTypes.Document, snapshot, file, cancellationToken);
                    continue;
                }

                var revision = await db.ContentItems.AsNoTracking().Where(i => i.Id == id).Select(i => i.Revision).FirstAsync(cancellationToken);
                var saved = await workflow.SaveAsync(DemoContentImporter.Importer, id.Value, snapshot, revision, cancellationToken);
                var published = saved.Succeeded ? await workflow.PublishAsync(DemoContentImporter.Importer, id.Value, null, cancellationToken) : saved;
                if (!published.Succeeded)
                {
                    throw new InvalidOperationException($"{Path.GetFileName(file)} version {version.VersionLabel} cannot be imported: {published.Message}");
                }
            }

            count++;
        }

        return count;
    }

    private static async Task<StoredFile> StoreAsync(SinergieDbContext db, IFileStorage storage, LibraryDocument document, SyncVersion version,
        IReadOnlyList<TextBlock> source, DateTime now, CancellationToken cancellationToken)
    {
        var date = version.DocumentDate?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("it-IT"));
        var blocks = source.ToList();
        var stamp = new TextBlock(TextBlockKind.Paragraph, $"Versione {version.VersionLabel}{(date is null ? "" : $" del {date}")}");
        blocks.Insert(blocks.FindIndex(b => b.Kind == TextBlockKind.Title) + 1, stamp);
        var bytes = DocxWriter.ToBytes(document.Title, blocks, now);
        var stored = new StoredFile
        {
            FileName = FileInspector.SafeName($"{document.Slug}-v{version.VersionLabel}", FileInspector.Docx),
            ContentType = DocxWriter.ContentType,
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            CreatedUtc = now,
            CreatedBy = DemoContentImporter.Importer.UserName,
        };
        await using (var content = new MemoryStream(bytes))
        {
            await storage.SaveAsync(stored.StorageKey, content, cancellationToken);
        }

        db.StoredFiles.Add(stored);
        db.MediaItems.Add(new MediaItem
        {
            Id = stored.Id,
            Title = $"{document.Title} (versione {version.VersionLabel})",
            CreatedUtc = now,
            CreatedBy = stored.CreatedBy,
            UpdatedUtc = now,
            UpdatedBy = stored.CreatedBy,
        });
        await db.SaveChangesAsync(cancellationToken);
        return stored;
    }

    private sealed record SyncVersion(string VersionLabel, DateOnly? DocumentDate);

    private sealed record SyncDocument(string? Organisation, string Source, List<SyncVersion>? EarlierVersions, LibraryDocument Document);
}
