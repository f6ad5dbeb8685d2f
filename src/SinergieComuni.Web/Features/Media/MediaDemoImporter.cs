using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Imports the demo illustrations of sync/media (described by manifest.json) into the library with their fixed ids,
/// through the same checks as an upload, before the demo content that shows them. Items already there are skipped,
/// so it can run on every start; a file that cannot be imported is logged, never fatal.
/// </summary>
public sealed class MediaDemoImporter(IOptions<AppOptions> options, IHostEnvironment environment, ILogger<MediaDemoImporter> logger) : IDataSeeder
{
    public const string ImporterName = "importazione";

    // Before the demo content (100), which refers to these images by id.
    public int Order => 90;

    public sealed record Manifest(string Folder, IReadOnlyList<ManifestItem> Items);

    public sealed record ManifestItem(Guid Id, string File, string Title, string Alt, string? Caption, string? Credits, double FocalX = 0.5, double FocalY = 0.5);

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!options.Value.ImportDemoContent)
        {
            return;
        }

        var root = Path.Combine(options.Value.ResolveSyncPath(environment.ContentRootPath), "media");
        var manifestPath = Path.Combine(root, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            return;
        }

        var manifest = JsonSerializer.Deserialize<Manifest>(await File.ReadAllTextAsync(manifestPath, cancellationToken), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("sync/media/manifest.json is empty.");
        var db = services.GetRequiredService<SinergieDbContext>();
        var ids = manifest.Items.Select(i => i.Id).ToList();
        var present = await db.StoredFiles.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken);
        var missing = manifest.Items.Where(i => !present.Contains(i.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var folder = await db.MediaFolders.FirstOrDefaultAsync(f => f.ParentId == null && f.Name == manifest.Folder, cancellationToken);
        if (folder is null)
        {
            folder = new MediaFolder { Name = manifest.Folder, CreatedUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime };
            db.MediaFolders.Add(folder);
            await db.SaveChangesAsync(cancellationToken);
        }

        var uploads = services.GetRequiredService<Uploads>();
        var imported = 0;
        foreach (var item in missing)
        {
            var path = Path.Combine(root, Path.GetFileName(item.File));
            if (!File.Exists(path))
            {
                logger.LogWarning("Demo image {File} listed in sync/media/manifest.json is missing", item.File);
                continue;
            }

            var target = new UploadTarget(FolderId: folder.Id, AltText: item.Alt, Id: item.Id, Title: item.Title, Caption: item.Caption, Credits: item.Credits,
                FocalX: item.FocalX, FocalY: item.FocalY);
            var result = await uploads.StoreAsync(item.File, await File.ReadAllBytesAsync(path, cancellationToken), target, ImporterName, cancellationToken);
            if (result.File is null)
            {
                logger.LogWarning("Demo image {File} was not imported: {Reason}", item.File, result.Error);
                continue;
            }

            imported++;
        }

        logger.LogInformation("Imported {Count} demo images from {Folder}", imported, root);
    }
}
