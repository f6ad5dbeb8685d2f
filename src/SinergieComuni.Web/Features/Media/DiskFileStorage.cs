using Microsoft.Extensions.Options;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Media;

/// <summary>Files in &lt;DataPath&gt;/files, outside wwwroot, named by key only (never by the uploaded name).</summary>
public sealed class DiskFileStorage(IOptions<AppOptions> options, IHostEnvironment environment) : IFileStorage
{
    private string Root
    {
        get
        {
            var root = Path.Combine(options.Value.ResolveDataPath(environment.ContentRootPath), "files");
            Directory.CreateDirectory(root);
            return root;
        }
    }

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        var temporary = path + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathFor(key));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<(string Key, DateTime WrittenUtc)> ListAsync(string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in Directory.EnumerateFiles(Root, prefix + "*"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetFileName(path);
            if (!key.EndsWith(".tmp", StringComparison.Ordinal))
            {
                yield return (key, File.GetLastWriteTimeUtc(path));
            }
        }

        await Task.CompletedTask;
    }

    private string PathFor(string key) => Path.Combine(Root, StorageKeys.Checked(key));
}
