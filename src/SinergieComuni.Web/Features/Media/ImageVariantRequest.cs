using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// The resize parameters of an image URL (<c>width</c>, <c>height</c>, <c>mode</c> = crop | max | pad,
/// <c>format</c> = webp | jpeg | png | avif, <c>quality</c>, <c>crop</c> = a named crop whose ratio gives the missing
/// side), read strictly, with Italian errors by parameter, and the HMAC signature (<c>s</c>) that allows sizes outside
/// the configured list. <c>v</c> is the item's version (<see cref="MediaCrops.Version"/>): it only makes URLs change.
/// </summary>
public static class ImageVariantRequest
{
    public static readonly string[] Parameters = ["width", "height", "mode", "format", "quality", "crop", "s"];

    public static bool IsVariant(IQueryCollection query) => Parameters.Any(query.ContainsKey);

    public static (ImageRequest? Request, Dictionary<string, string[]> Errors) Parse(IQueryCollection query, ImageOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        int? Size(string name)
        {
            var text = query[name].ToString();
            if (text.Length == 0)
            {
                return null;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > options.MaxDimension)
            {
                errors[name] = [$"Il parametro «{name}» deve essere un numero intero tra 1 e {options.MaxDimension}."];
                return null;
            }

            return value;
        }

        var width = Size("width");
        var height = Size("height");
        if (width is null && height is null && !errors.ContainsKey("width") && !errors.ContainsKey("height"))
        {
            errors["width"] = ["Indica almeno la larghezza («width») o l'altezza («height»)."];
        }

        var version = query["v"].ToString();
        if (version.Length > 32 || !version.All(char.IsAsciiLetterOrDigit))
        {
            errors["v"] = ["Il parametro «v» non è valido."];
        }

        var crop = query.ContainsKey("crop") ? query["crop"].ToString() : null;
        var ratio = options.CropRatio(crop);
        int? derivedWidth = null, derivedHeight = null;
        if (crop is not null)
        {
            if (ratio is null)
            {
                errors["crop"] = [$"Il ritaglio «{crop}» non esiste: i ritagli disponibili sono {string.Join(", ", options.Crops.Keys)}."];
            }
            else if (width is not null && height is not null)
            {
                errors["crop"] = ["Con un ritaglio indica solo la larghezza («width») o solo l'altezza («height»): l'altra misura viene dalle proporzioni del ritaglio."];
            }
            else if (query["mode"].ToString() is { Length: > 0 } mode && !mode.Equals("crop", StringComparison.OrdinalIgnoreCase))
            {
                errors["mode"] = ["Con un ritaglio il parametro «mode» può essere solo crop."];
            }
            else if (width is { } w)
            {
                derivedHeight = Math.Max(1, (int)Math.Round(w / ratio.Value));
            }
            else if (height is { } h)
            {
                derivedWidth = Math.Max(1, (int)Math.Round(h * ratio.Value));
            }

            if (derivedWidth > options.MaxDimension || derivedHeight > options.MaxDimension)
            {
                errors["crop"] = [$"Con queste proporzioni l'immagine supererebbe {options.MaxDimension} pixel."];
            }
        }

        ImageFit? fit = query["mode"].ToString().ToLowerInvariant() switch
        {
            "" or "max" => ImageFit.Max,
            "crop" => ImageFit.Crop,
            "pad" => ImageFit.Pad,
            _ => null,
        };
        if (fit is null)
        {
            errors["mode"] = ["Il parametro «mode» può essere crop, max o pad."];
        }

        ImageFormat? format = query["format"].ToString().ToLowerInvariant() switch
        {
            "" or "webp" => ImageFormat.Webp,
            "jpeg" or "jpg" => ImageFormat.Jpeg,
            "png" => ImageFormat.Png,
            "avif" => ImageFormat.Avif,
            _ => null,
        };
        if (format is null)
        {
            errors["format"] = ["Il parametro «format» può essere webp, jpeg, png o avif."];
        }

        var quality = 80;
        if (query["quality"].ToString() is { Length: > 0 } q
            && (!int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out quality) || quality is < 1 or > 100))
        {
            errors["quality"] = ["Il parametro «quality» deve essere un numero intero tra 1 e 100."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var request = crop is not null
            ? new ImageRequest(width ?? derivedWidth, height ?? derivedHeight, ImageFit.Crop, format!.Value, quality, Crop: crop)
            : new ImageRequest(width, height, fit!.Value, format!.Value, quality);
        var listed = (width is null || options.Sizes.Contains(width.Value)) && (height is null || options.Sizes.Contains(height.Value));
        if (!listed && !SignatureMatches(request, query["s"].ToString(), options))
        {
            errors[query.ContainsKey("s") ? "s" : "width"] = [query.ContainsKey("s")
                ? "La firma dell'indirizzo non è valida."
                : $"Sono ammesse solo queste dimensioni: {string.Join(", ", options.Sizes)} pixel."];
            return (null, errors);
        }

        return (request, errors);
    }

    /// <summary>The canonical text of a request: what the signature and the cache key cover.</summary>
    public static string Canonical(ImageRequest request) => string.Create(CultureInfo.InvariantCulture,
        $"w={request.Width};h={request.Height};m={request.Fit};f={request.Format};q={request.Quality};fx={request.FocalX:0.####};fy={request.FocalY:0.####}")
        + (request.Crop is null ? "" : ";c=" + request.Crop) + (request.Region is null ? "" : ";r=" + request.Region);

    /// <summary>The <c>s</c> parameter for a variant of any size; null when no signing key is configured.</summary>
    public static string? Sign(ImageRequest request, ImageOptions options) =>
        string.IsNullOrEmpty(options.SigningKey)
            ? null
            : Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.SigningKey), Encoding.UTF8.GetBytes(Canonical(request))))[..32];

    private static bool SignatureMatches(ImageRequest request, string signature, ImageOptions options) =>
        Sign(request, options) is { } expected && signature.Length == expected.Length
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(expected));
}
