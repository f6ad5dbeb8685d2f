namespace SinergieComuni.Web.Features.Media;

/// <summary>Where uploaded files live (section "Storage"): the data folder, or an S3-compatible bucket shared by several instances.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string Disk = "Disk";

    public const string S3Provider = "S3";

    /// <summary><c>Disk</c> (default: &lt;DataPath&gt;/files) or <c>S3</c>.</summary>
    public string Provider { get; set; } = Disk;

    public S3StorageOptions S3 { get; set; } = new();

    public bool UsesS3 => string.Equals(Provider, S3Provider, StringComparison.OrdinalIgnoreCase);
}
