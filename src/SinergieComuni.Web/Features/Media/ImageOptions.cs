namespace SinergieComuni.Web.Features.Media;

/// <summary>How images are processed with libvips (section "Images").</summary>
public sealed class ImageOptions
{
    public const string Section = "Images";

    /// <summary>The libvips command-line tools (Debian package libvips-tools).</summary>
    public string VipsPath { get; set; } = "vips";

    public string VipsHeaderPath { get; set; } = "vipsheader";

    /// <summary>A child process that takes longer is killed.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Address-space cap of a child process (through prlimit when it is installed).</summary>
    public int MemoryLimitMb { get; set; } = 1024;

    /// <summary>Images with more pixels are refused before they are decoded (decompression bombs).</summary>
    public long MaxInputPixels { get; set; } = 60_000_000;

    /// <summary>Largest width or height a resize may produce.</summary>
    public int MaxDimension { get; set; } = 3000;

    /// <summary>Child processes running at once; further requests wait.</summary>
    public int Concurrency { get; set; } = 2;
}
