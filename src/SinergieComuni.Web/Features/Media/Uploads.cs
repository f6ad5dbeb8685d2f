using System.Security.Cryptography;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Media;

/// <summary>Checks and stores uploaded files; a file whose save is abandoned can be removed again.</summary>
public sealed class Uploads(SinergieDbContext db, IFileStorage storage, TimeProvider clock)
{
    public sealed record Result(StoredFile? File, string? Error);

    public async Task<Result> StoreAsync(IFormFile upload, bool imagesOnly, ContentActor actor, CancellationToken cancellationToken)
    {
        await using var buffer = new MemoryStream();
        if (upload.Length > FileInspector.MaxBytes)
        {
            return new Result(null, $"«{upload.FileName}»: il file supera i 10 MB.");
        }

        await upload.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var (kind, error) = FileInspector.Inspect(buffer, buffer.Length, imagesOnly);
        if (kind is null)
        {
            return new Result(null, $"«{Path.GetFileName(upload.FileName)}»: {error}");
        }

        var file = new StoredFile
        {
            FileName = FileInspector.SafeName(upload.FileName, kind),
            ContentType = kind.ContentType,
            Size = buffer.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray())),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor.UserName,
        };
        buffer.Position = 0;
        await storage.SaveAsync(file.StorageKey, buffer, cancellationToken);
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(file, null);
    }

    public async Task DiscardAsync(IEnumerable<StoredFile> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await storage.DeleteAsync(file.StorageKey, cancellationToken);
            db.StoredFiles.Remove(file);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
