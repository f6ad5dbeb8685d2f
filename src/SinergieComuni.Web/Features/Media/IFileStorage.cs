namespace SinergieComuni.Web.Features.Media;

/// <summary>Where uploaded bytes live: a folder under the data path now; an S3-compatible bucket for several instances (media issue).</summary>
public interface IFileStorage
{
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>The stored keys that start with <paramref name="prefix"/>, with when each was written (UTC).</summary>
    IAsyncEnumerable<(string Key, DateTime WrittenUtc)> ListAsync(string prefix, CancellationToken cancellationToken);
}
