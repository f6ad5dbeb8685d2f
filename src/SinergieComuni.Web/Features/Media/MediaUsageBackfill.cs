using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Navigation;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Once, on the first start with the media library: files uploaded before it (service card photos and attachments)
/// become library items, and the usage rows of all existing content are computed. Marked done in a site setting;
/// running it again would change nothing.
/// </summary>
public sealed class MediaUsageBackfill(SinergieDbContext db, MediaUsageTracker tracker, IFileStorage storage, TimeProvider clock, ILogger<MediaUsageBackfill> logger) : IDataSeeder
{
    public const string DoneKey = "media.usage-backfill";

    // After every importer: their content is tracked as it is created, older content is caught here.
    public int Order => 250;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.Set<SiteSetting>().AnyAsync(s => s.Key == DoneKey, cancellationToken))
        {
            return;
        }

        var files = await db.StoredFiles.AsNoTracking().Where(f => !db.MediaItems.Any(m => m.Id == f.Id)).ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            db.MediaItems.Add(await ItemForAsync(file, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        var ids = await db.ContentItems.AsNoTracking().Select(i => new { i.Id, i.LatestVersion, i.PublishedVersion }).ToListAsync(cancellationToken);
        foreach (var item in ids)
        {
            var documents = await db.ContentVersions.AsNoTracking()
                .Where(v => v.ItemId == item.Id && (v.Number == item.LatestVersion || v.Number == item.PublishedVersion))
                .Select(v => v.DataJson).ToListAsync(cancellationToken);
            await tracker.RewriteAsync(item.Id, documents, cancellationToken);
        }

        db.Add(new SiteSetting { Key = DoneKey, ValueJson = "{}", UpdatedUtc = clock.GetUtcNow().UtcDateTime, UpdatedBy = "sistema" });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (files.Count > 0 || ids.Count > 0)
        {
            logger.LogInformation("Media library: {Files} earlier files added, usages of {Items} content items computed", files.Count, ids.Count);
        }
    }

    private async Task<MediaItem> ItemForAsync(StoredFile file, CancellationToken cancellationToken)
    {
        int? width = null, height = null;
        if (FileInspector.ByContentType(file.ContentType) is { IsImage: true } kind)
        {
            await using var stream = await storage.OpenReadAsync(file.StorageKey, cancellationToken);
            if (stream is not null)
            {
                var head = new byte[512 * 1024];
                var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
                if (ImageHeader.Read(head.AsSpan(0, read), kind) is { } size)
                {
                    (width, height) = size;
                }
            }
        }

        return new MediaItem
        {
            Id = file.Id,
            Title = FileInspector.TitleFrom(file.FileName),
            Width = width,
            Height = height,
            CreatedUtc = file.CreatedUtc,
            CreatedBy = file.CreatedBy,
            UpdatedUtc = file.CreatedUtc,
            UpdatedBy = file.CreatedBy,
        };
    }
}
