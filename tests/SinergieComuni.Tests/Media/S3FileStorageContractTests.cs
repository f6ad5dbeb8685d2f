using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Media;

/// <summary>The storage contract on a real S3-compatible server (s3rver), as configured with Storage:Provider=S3.</summary>
public sealed class S3FileStorageContractTests : StorageContractTests, IClassFixture<S3rverFixture>, IDisposable
{
    private readonly S3FileStorage storage;

    public S3FileStorageContractTests(S3rverFixture server) =>
        storage = new S3FileStorage(Options.Create(new StorageOptions
        {
            Provider = StorageOptions.S3Provider,
            S3 = new S3StorageOptions { ServiceUrl = server.ServiceUrl, Bucket = S3rverFixture.Bucket, AccessKey = S3rverFixture.AccessKey, SecretKey = S3rverFixture.SecretKey },
        }), NullLogger<S3FileStorage>.Instance);

    protected override IFileStorage Storage => storage;

    public void Dispose() => storage.Dispose();
}
