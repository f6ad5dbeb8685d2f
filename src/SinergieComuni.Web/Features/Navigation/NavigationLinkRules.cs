namespace SinergieComuni.Web.Features.Navigation;

/// <summary>What a menu or footer link may be: a short label and a site path ("/…") or an http(s) address.</summary>
public static class NavigationLinkRules
{
    public const int MaxLabelLength = 80;
    public const int MaxUrlLength = 500;
    public const int MaxLinks = 20;
    public const int MaxTitleLength = 80;

    /// <summary>The Italian message for a wrong address, or null when it is acceptable.</summary>
    public static string? UrlError(string? url)
    {
        url = url?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            return "scrivi l'indirizzo.";
        }

        if (url.Length > MaxUrlLength)
        {
            return $"l'indirizzo può avere al massimo {MaxUrlLength} caratteri.";
        }

        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "l'indirizzo non può contenere spazi.";
        }

        if (url.StartsWith('/'))
        {
            return url.StartsWith("//", StringComparison.Ordinal) || url.Contains('\\')
                ? "un indirizzo del sito inizia con una sola «/» (per esempio /chi-siamo)."
                : null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp)
            && !string.IsNullOrEmpty(absolute.Host)
            ? null
            : "l'indirizzo deve iniziare con «/» (una pagina del sito, per esempio /chi-siamo) oppure con https:// o http:// (un altro sito).";
    }

    public static string? LabelError(string? label)
    {
        label = label?.Trim();
        if (string.IsNullOrEmpty(label))
        {
            return "scrivi l'etichetta.";
        }

        return label.Length > MaxLabelLength ? $"l'etichetta può avere al massimo {MaxLabelLength} caratteri." : null;
    }
}
