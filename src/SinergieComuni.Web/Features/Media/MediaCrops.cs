using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// The named crops an editor set on a library item (<see cref="MediaItem.CropsJson"/>), and the short version that
/// goes into image URLs: variants are cached as immutable, so a new focal point or crop must change the URL.
/// </summary>
public static class MediaCrops
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Dictionary<string, CropRegion> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            var read = JsonSerializer.Deserialize<Dictionary<string, CropRegion>>(json, Json) ?? [];
            return read.Where(c => c.Value is not null && c.Value.IsValid).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string Serialize(IReadOnlyDictionary<string, CropRegion> crops) =>
        JsonSerializer.Serialize(crops.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value), Json);

    /// <summary>Eight hex digits that change whenever the focal point or a crop changes.</summary>
    public static string Version(double focalX, double focalY, string? cropsJson)
    {
        var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{focalX:0.####}|{focalY:0.####}|{Serialize(Parse(cropsJson))}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }
}
