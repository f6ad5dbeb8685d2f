namespace SinergieComuni.Web.Features.Media;

/// <summary>A rectangle of an image as shares of its width and height (0–1 from the left and the top).</summary>
public sealed record CropRegion(double X, double Y, double W, double H)
{
    public bool IsValid => X >= 0 && Y >= 0 && W > 0.01 && H > 0.01 && X + W <= 1.0001 && Y + H <= 1.0001;

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{X:0.####},{Y:0.####},{W:0.####},{H:0.####}");
}
