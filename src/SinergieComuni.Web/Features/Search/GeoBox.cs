using System.Globalization;

namespace SinergieComuni.Web.Features.Search;

/// <summary>A latitude/longitude rectangle (the map's visible area, or the box around a circle), bounds included.</summary>
public readonly record struct GeoBox(double MinLongitude, double MinLatitude, double MaxLongitude, double MaxLatitude)
{
    public bool Contains(double latitude, double longitude) =>
        latitude >= MinLatitude && latitude <= MaxLatitude && longitude >= MinLongitude && longitude <= MaxLongitude;

    /// <summary>The smallest box holding the circle of <paramref name="radiusKm"/> around a point (for the spatial index; distance is checked after).</summary>
    public static GeoBox Around(double latitude, double longitude, double radiusKm)
    {
        var dLat = radiusKm / SearchService.KmPerDegree;
        var cos = Math.Cos(latitude * Math.PI / 180.0);
        var dLng = cos < 1e-6 ? 180 : Math.Min(180, radiusKm / (SearchService.KmPerDegree * cos));
        return new GeoBox(
            Math.Max(-180, longitude - dLng),
            Math.Max(-90, latitude - dLat),
            Math.Min(180, longitude + dLng),
            Math.Min(90, latitude + dLat));
    }

    /// <summary>Reads "minLng,minLat,maxLng,maxLat" (RFC 7946 order); null when it is not four numbers making a box.</summary>
    public static GeoBox? Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 4)
        {
            return null;
        }

        var numbers = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                return null;
            }
        }

        var box = new GeoBox(numbers[0], numbers[1], numbers[2], numbers[3]);
        return box.MinLongitude is >= -180 and <= 180 && box.MaxLongitude is >= -180 and <= 180
            && box.MinLatitude is >= -90 and <= 90 && box.MaxLatitude is >= -90 and <= 90
            && box.MinLongitude <= box.MaxLongitude && box.MinLatitude <= box.MaxLatitude
            ? box
            : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MinLongitude},{MinLatitude},{MaxLongitude},{MaxLatitude}");
}
