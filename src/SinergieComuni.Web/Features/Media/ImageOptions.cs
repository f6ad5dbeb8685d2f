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

    /// <summary>Named crops and their aspect ratio ("16:9"); an image URL asks for one with <c>crop=name</c>.</summary>
    public Dictionary<string, string> Crops { get; set; } = new() { ["card-16-9"] = "16:9", ["quadrato"] = "1:1" };

    /// <summary>Widths offered in the <c>srcset</c> of responsive images (each must be in <see cref="Sizes"/>).</summary>
    public List<int> SrcsetWidths { get; set; } = [320, 480, 640, 800, 1024, 1280, 1600];

    /// <summary>Child processes running at once; further requests wait.</summary>
    public int Concurrency { get; set; } = 2;

    /// <summary>Width ÷ height of a named crop; null when the name is unknown or its ratio unreadable.</summary>
    public double? CropRatio(string? name)
    {
        if (name is null || !Crops.TryGetValue(name, out var text))
        {
            return null;
        }

        var parts = text.Split(':');
        return parts.Length == 2
            && double.TryParse(parts[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w)
            && double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var h)
            && w > 0 && h > 0
            ? w / h
            : null;
    }
}
