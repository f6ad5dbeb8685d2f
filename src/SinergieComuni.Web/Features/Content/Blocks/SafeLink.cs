namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>Addresses an editor may link to: site paths, http(s), mailto: and tel:.</summary>
public static class SafeLink
{
    public const string Message = "L'indirizzo deve iniziare con «/» (una pagina del sito), https://, http://, mailto: oppure tel:.";

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        if (url.StartsWith('/'))
        {
            return !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\');
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme is "http" or "https" ? uri.Host.Length > 0 : uri.Scheme is "mailto" or "tel");
    }
}
