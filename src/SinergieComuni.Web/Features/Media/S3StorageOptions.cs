namespace SinergieComuni.Web.Features.Media;

/// <summary>The bucket of an S3-compatible service (section "Storage:S3"), used when Storage:Provider is S3.</summary>
public sealed class S3StorageOptions
{
    /// <summary>The service's endpoint, e.g. https://s3.eu-south-1.amazonaws.com or http://minio:9000.</summary>
    public string? ServiceUrl { get; set; }

    public string? Bucket { get; set; }

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>The region requests are signed for; most S3-compatible services accept the default.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>Addresses the bucket in the path (endpoint/bucket/key) rather than as a host name: what most S3-compatible services need.</summary>
    public bool ForcePathStyle { get; set; } = true;
}
