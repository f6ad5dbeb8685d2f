using System.Globalization;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// The URLs and attributes of a responsive image: a WebP <c>srcset</c> with a JPEG fallback at the configured widths
/// (never wider than the original), the intrinsic width and height to reserve the space, and the fallback source.
/// </summary>
public sealed record ResponsiveImage(string Src, string WebpSrcset, string JpegSrcset, int? Width, int? Height)
{
    /// <summary>
    /// Builds the image of a stored file; <paramref name="crop"/> names a crop of <see cref="ImageOptions.Crops"/>;
    /// <paramref name="version"/> (<see cref="MediaCrops.Version"/>) makes the URLs change with the focal point and crops.
    /// </summary>
    public static ResponsiveImage For(Guid fileId, string fileName, int? width, int? height, ImageOptions options, string? crop = null, bool canResize = true, string? version = null)
    {
        var original = MediaFeature.Url(fileId, fileName);
        var ratio = options.CropRatio(crop);
        int? Height(int w) => ratio is { } r ? (int)Math.Round(w / r) : width is > 0 && height is > 0 ? (int)Math.Round((double)w * height.Value / width.Value) : null;
        if (!canResize)
        {
            return new ResponsiveImage(original, "", "", width, width is { } w0 ? Height(w0) : height);
        }

        var widths = options.SrcsetWidths.Where(options.Sizes.Contains).Order().ToList();
        var usable = width is > 0 ? widths.Where(w => w <= width.Value).ToList() : widths;
        if (usable.Count == 0)
        {
            usable = [widths.FirstOrDefault(w => width is null || w >= width.Value, widths.LastOrDefault())];
        }

        string Url(int w, string format) => string.Create(CultureInfo.InvariantCulture,
            $"{original}?width={w}&format={format}{(crop is not null && ratio is not null ? "&crop=" + Uri.EscapeDataString(crop) : "")}{(string.IsNullOrEmpty(version) ? "" : "&v=" + Uri.EscapeDataString(version))}");
        string Srcset(string format) => string.Join(", ", usable.Select(w => string.Create(CultureInfo.InvariantCulture, $"{Url(w, format)} {w}w")));
        var fallbackWidth = usable.LastOrDefault(w => w <= 1024, usable[0]);
        var shownWidth = usable[^1];
        return new ResponsiveImage(Url(fallbackWidth, "jpeg"), Srcset("webp"), Srcset("jpeg"), shownWidth, Height(shownWidth));
    }
}
