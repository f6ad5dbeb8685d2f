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

    /// <summary>Widths (and heights) anyone may ask for; other sizes need a URL signed with <see cref="SigningKey"/>.</summary>
    public List<int> Sizes { get; set; } = [160, 320, 480, 640, 800, 1024, 1280, 1600, 1920];

    /// <summary>Key of the HMAC that signs variant URLs of any size (parameter <c>s</c>); empty: only <see cref="Sizes"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Child processes running at once; further requests wait.</summary>
    public int Concurrency { get; set; } = 2;
}
