namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// A variant of an image: its box, how the image fits it (crop fills it around the focal point, max fits inside it,
/// pad fits inside and fills the rest with white), its format and quality. The focal point is a share of the width
/// and height (0.5, 0.5 is the centre). <paramref name="Crop"/> names a crop of <see cref="ImageOptions.Crops"/>;
/// <paramref name="Region"/> is the rectangle an editor chose for it (the crop then shows that rectangle).
/// </summary>
public sealed record ImageRequest(int? Width, int? Height, ImageFit Fit, ImageFormat Format, int Quality = 80, double FocalX = 0.5, double FocalY = 0.5,
    string? Crop = null, CropRegion? Region = null);

public enum ImageFit
{
    Crop,
    Max,
    Pad,
}

public enum ImageFormat
{
    Webp,
    Jpeg,
    Png,
    Avif,
}
