using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Serves resized variants of stored images, cached on disk under the data folder by a hash of the source and the
/// parameters (one folder per file, so that deleting a file deletes its variants), with an ETag and a year-long
/// immutable cache header. Without libvips the original is served.
/// </summary>
public sealed class ImageVariants(VipsImageProcessor processor, IFileStorage storage, IOptions<AppOptions> appOptions, IHostEnvironment environment)
{
    public static string ContentType(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.Avif => "image/avif",
        _ => "image/webp",
    };

    /// <summary>The cached variant's path and its ETag, processing it first when it is not cached yet; null without libvips.</summary>
    public async Task<(string Path, string ETag)?> GetAsync(StoredFile file, ImageRequest request, CancellationToken cancellationToken)
    {
        if (!await processor.IsAvailableAsync())
        {
            return null;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.Sha256 + "|" + ImageVariantRequest.Canonical(request))));
        var folder = FolderOf(file);
        var path = Path.Combine(folder, hash);
        if (File.Exists(path))
        {
            return (path, hash);
        }

        Directory.CreateDirectory(folder);
        var source = Path.Combine(folder, $".{hash}.{Guid.NewGuid():N}.source");
        var target = Path.Combine(folder, $".{hash}.{Guid.NewGuid():N}.variant");
        try
        {
            await using (var original = await storage.OpenReadAsync(file.StorageKey, cancellationToken)
                ?? throw new ImageProcessingException("L'immagine originale non è disponibile."))
            await using (var copy = File.Create(source))
            {
                await original.CopyToAsync(copy, cancellationToken);
            }

            await processor.ResizeAsync(source, target, request, cancellationToken);
            File.Move(target, path, overwrite: true);
            return (path, hash);
        }
        finally
        {
            File.Delete(source);
            File.Delete(target);
        }
    }

    /// <summary>Removes every cached variant of a file (when the file is deleted).</summary>
    public void DeleteAll(StoredFile file)
    {
        var folder = FolderOf(file);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string FolderOf(StoredFile file) =>
        Path.Combine(appOptions.Value.ResolveDataPath(environment.ContentRootPath), "cache", "images", file.StorageKey);
}
