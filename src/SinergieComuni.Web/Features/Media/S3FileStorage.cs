using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Files as objects of one bucket of an S3-compatible service (AWS, MinIO, Ceph, Garage…), so several instances
/// share them. Keys are the same as on disk; an object is written in one request, so readers never see half a file.
/// </summary>
public sealed class S3FileStorage : IFileStorage, IDisposable
{
    private readonly AmazonS3Client client;
    private readonly string bucket;

    public S3FileStorage(IOptions<StorageOptions> options, ILogger<S3FileStorage> logger)
    {
        var settings = options.Value.S3;
        bucket = settings.Bucket!;
        client = new AmazonS3Client(new BasicAWSCredentials(settings.AccessKey, settings.SecretKey), new AmazonS3Config
        {
            ServiceURL = settings.ServiceUrl,
            AuthenticationRegion = settings.Region,
            ForcePathStyle = settings.ForcePathStyle,
            // Checksums only where S3 requires them: many S3-compatible services reject the SDK's default trailing checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });
        logger.LogInformation("Files are stored in the S3 bucket {Bucket} at {ServiceUrl}", bucket, settings.ServiceUrl);
    }

    public void Dispose() => client.Dispose();

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        StorageKeys.Checked(key);

        // The request signature covers a hash of the whole body, so it must be read twice: a stream that cannot seek
        // is first copied to a temp file (deleted on close).
        Stream? copy = null;
        try
        {
            if (!content.CanSeek)
            {
                copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                await content.CopyToAsync(copy, cancellationToken);
                copy.Position = 0;
            }

            await client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = bucket,
                Key = key,
                InputStream = copy ?? content,
                AutoCloseStream = false,
                ContentType = "application/octet-stream",
                // A plain signed body: aws-chunked uploads are not understood by every S3-compatible service.
                UseChunkEncoding = false,
            }, cancellationToken);
        }
        finally
        {
            if (copy is not null)
            {
                await copy.DisposeAsync();
            }
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        StorageKeys.Checked(key);
        try
        {
            var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, cancellationToken);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        StorageKeys.Checked(key);
        await client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = bucket, Key = key }, cancellationToken);
    }

    public async IAsyncEnumerable<(string Key, DateTime WrittenUtc)> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        while (true)
        {
            var page = await client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in page.S3Objects ?? [])
            {
                yield return (item.Key, ToUtc(item.LastModified ?? DateTime.UnixEpoch));
            }

            if (page.IsTruncated != true || string.IsNullOrEmpty(page.NextContinuationToken))
            {
                yield break;
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
