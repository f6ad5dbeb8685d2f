using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Checks and stores uploaded files — the media library's and the ones attached straight to content — so every
/// stored file is also a library item: type from the bytes, name normalised (a path or a control character in it is
/// refused), size and pixel limits, metadata removed from images before anything is written. A file whose save is
/// abandoned can be removed again.
/// </summary>
public sealed class Uploads(SinergieDbContext db, IFileStorage storage, TimeProvider clock, IOptions<MediaOptions> media, IOptions<ImageOptions> images)
{
    public sealed record Result(StoredFile? File, string? Error, MediaItem? Item = null);

    public Task<Result> StoreAsync(IFormFile upload, bool imagesOnly, ContentActor actor, CancellationToken cancellationToken) =>
        StoreAsync(upload, new UploadTarget(ImagesOnly: imagesOnly), actor, cancellationToken);

    public async Task<Result> StoreAsync(IFormFile upload, UploadTarget target, ContentActor actor, CancellationToken cancellationToken)
    {
        var shown = Shown(upload.FileName);
        var limit = media.Value.MaxUploadBytes;
        if (FileInspector.NameProblem(upload.FileName) is { } nameProblem)
        {
            return new Result(null, $"«{shown}»: {nameProblem}");
        }

        if (upload.Length > limit)
        {
            return new Result(null, $"«{shown}»: il file supera i {media.Value.MaxUploadMb} MB.");
        }

        await using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        return await StoreAsync(upload.FileName, buffer.ToArray(), target, actor.UserName, cancellationToken);
    }

    /// <summary>Checks, cleans and stores one file; the error names the file and says why in Italian.</summary>
    public async Task<Result> StoreAsync(string uploadedName, byte[] bytes, UploadTarget target, string userName, CancellationToken cancellationToken)
    {
        var shown = Shown(uploadedName);
        if (FileInspector.NameProblem(uploadedName) is { } nameProblem)
        {
            return new Result(null, $"«{shown}»: {nameProblem}");
        }

        var settings = media.Value;
        using (var content = new MemoryStream(bytes, writable: false))
        {
            var (kind, error) = FileInspector.Inspect(content, bytes.Length, target.ImagesOnly, settings.EffectiveTypes, settings.MaxUploadBytes);
            if (kind is null)
            {
                return new Result(null, $"«{shown}»: {error}");
            }

            int? width = null, height = null;
            if (kind.IsImage)
            {
                if (ImageHeader.Read(bytes, kind) is not { } size)
                {
                    return new Result(null, $"«{shown}»: l'immagine è danneggiata, non se ne leggono le dimensioni.");
                }

                var limit = images.Value.MaxInputPixels;
                if ((long)size.Width * size.Height > limit)
                {
                    var italian = CultureInfo.GetCultureInfo("it-IT");
                    return new Result(null, string.Create(italian,
                        $"«{shown}»: l'immagine è troppo grande ({size.Width:N0} × {size.Height:N0} pixel; al massimo {limit / 1_000_000.0:0.#} milioni di pixel). Riducila e caricala di nuovo."));
                }

                if (MetadataStripper.Strip(bytes, kind) is not { } clean)
                {
                    return new Result(null, $"«{shown}»: l'immagine è danneggiata e non si può leggere.");
                }

                bytes = clean.Bytes;
                (width, height) = clean.Orientation is >= 5 and <= 8 ? (size.Height, size.Width) : (size.Width, size.Height);
            }

            return await SaveAsync(uploadedName, bytes, kind, width, height, target, userName, cancellationToken);
        }
    }

    public async Task DiscardAsync(IEnumerable<StoredFile> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await storage.DeleteAsync(file.StorageKey, cancellationToken);
            if (await db.MediaItems.FirstOrDefaultAsync(m => m.Id == file.Id, cancellationToken) is { } item)
            {
                db.MediaItems.Remove(item);
            }

            db.StoredFiles.Remove(file);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Result> SaveAsync(string uploadedName, byte[] bytes, FileInspector.Kind kind, int? width, int? height, UploadTarget target, string userName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var file = new StoredFile
        {
            FileName = FileInspector.SafeName(uploadedName, kind),
            ContentType = kind.ContentType,
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            CreatedUtc = now,
            CreatedBy = userName,
        };
        if (target.Id is { } id)
        {
            file.Id = id;
        }

        var item = new MediaItem
        {
            Id = file.Id,
            File = file,
            FolderId = target.FolderId,
            Title = Trim(target.Title, 200) ?? FileInspector.TitleFrom(uploadedName),
            AltText = kind.IsImage ? Trim(target.AltText, 250) : null,
            Caption = Trim(target.Caption, 500),
            Credits = Trim(target.Credits, 200),
            FocalX = Math.Clamp(target.FocalX, 0, 1),
            FocalY = Math.Clamp(target.FocalY, 0, 1),
            Width = width,
            Height = height,
            CreatedUtc = now,
            CreatedBy = userName,
            UpdatedUtc = now,
            UpdatedBy = userName,
        };
        await storage.SaveAsync(file.StorageKey, new MemoryStream(bytes, writable: false), cancellationToken);
        try
        {
            db.StoredFiles.Add(file);
            db.MediaItems.Add(item);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            db.Entry(item).State = EntityState.Detached;
            db.Entry(file).State = EntityState.Detached;
            await storage.DeleteAsync(file.StorageKey, CancellationToken.None);
            throw;
        }

        return new Result(file, null, item);
    }

    private static string? Trim(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();

    /// <summary>The name as the person sees it, without control characters, for messages.</summary>
    private static string Shown(string? name)
    {
        var visible = new string([.. (name ?? "").Where(c => !char.IsControl(c))]);
        var bare = Path.GetFileName(visible.Replace('\\', '/'));
        return bare.Length > 100 ? bare[..100] + "…" : bare.Length == 0 ? "file" : bare;
    }
}
