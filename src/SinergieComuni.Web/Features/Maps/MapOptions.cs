using System.ComponentModel.DataAnnotations;
using SinergieComuni.Web.Features.Search;

namespace SinergieComuni.Web.Features.Maps;

/// <summary>The "Maps" section of the configuration.</summary>
public sealed class MapOptions
{
    public const string Section = "Maps";

    /// <summary>Tile URL template for Leaflet ({z}/{x}/{y}, optionally {s}); empty turns the background map off.</summary>
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>Attribution shown on the map (HTML, as tile providers require a link).</summary>
    public string Attribution { get; set; } = "&copy; contributori di <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>";

    /// <summary>Where venues may be placed, as "minLng,minLat,maxLng,maxLat": by default the district and about 30 km around it.</summary>
    [Required]
    public string Area { get; set; } = "8.90,45.05,9.75,45.70";

    /// <summary>
    /// Optional geocoder for "Trova dall'indirizzo" in the backoffice: a URL with {q} for the address, answering a
    /// Nominatim-style JSON array of objects with "lat" and "lon". Empty: the button is not shown.
    /// </summary>
    public string? GeocoderUrl { get; set; }

    public GeoBox AreaBox => GeoBox.Parse(Area) ?? throw new InvalidOperationException($"Maps:Area «{Area}» non è un'area valida (minLng,minLat,maxLng,maxLat).");

    /// <summary>The origin of the tile server (for the Content-Security-Policy), or null without tiles.</summary>
    public string? TileOrigin
    {
        get
        {
            if (string.IsNullOrWhiteSpace(TileUrl))
            {
                return null;
            }

            // Leaflet's placeholders are not URL syntax: fill them in to read the host.
            var sample = TileUrl;
            foreach (var (placeholder, value) in new[] { ("{s}", "a"), ("{z}", "0"), ("{x}", "0"), ("{y}", "0"), ("{r}", "") })
            {
                sample = sample.Replace(placeholder, value, StringComparison.Ordinal);
            }

            if (!Uri.TryCreate(sample, UriKind.Absolute, out var uri))
            {
                return null;
            }

            // {s} stands for subdomains (a., b., c.): allow them all.
            return TileUrl.Contains("{s}", StringComparison.Ordinal)
                ? $"{uri.Scheme}://*.{uri.Host[(uri.Host.IndexOf('.') + 1)..]}"
                : uri.GetLeftPart(UriPartial.Authority);
        }
    }
}
