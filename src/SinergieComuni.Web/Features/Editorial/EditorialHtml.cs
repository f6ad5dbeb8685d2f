using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>
/// A small allow-list for the body of news and events until the shared sanitiser lands: the output is rebuilt from
/// scratch (text re-encoded, only listed tags without attributes, links only to http(s), mailto, site paths and
/// anchors), so nothing of the input is ever echoed as markup. Dangerous elements are dropped with their content.
/// </summary>
public static partial class EditorialHtml
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "a",
    };

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase) { "br" };

    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "template", "noscript", "textarea", "title", "svg", "math", "select",
    };

    public static string Sanitise(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var output = new StringBuilder(html.Length);
        var open = new List<string>();
        var position = 0;
        string? skipping = null;
        foreach (Match token in Token().Matches(html))
        {
            if (skipping is null && token.Index > position)
            {
                Text(output, html[position..token.Index]);
            }

            position = token.Index + token.Length;
            if (token.Groups["comment"].Success)
            {
                continue;
            }

            var name = token.Groups["name"].Value.ToLowerInvariant();
            var closing = token.Groups["close"].Value.Length > 0;
            if (skipping is not null)
            {
                if (closing && name == skipping)
                {
                    skipping = null;
                }

                continue;
            }

            if (DroppedWithContent.Contains(name))
            {
                skipping = closing || token.Value.EndsWith("/>", StringComparison.Ordinal) ? null : name;
                continue;
            }

            if (!Allowed.Contains(name))
            {
                continue;
            }

            if (closing)
            {
                var index = open.LastIndexOf(name);
                if (index >= 0)
                {
                    for (var i = open.Count - 1; i >= index; i--)
                    {
                        output.Append("</").Append(open[i]).Append('>');
                    }

                    open.RemoveRange(index, open.Count - index);
                }

                continue;
            }

            if (Void.Contains(name))
            {
                output.Append("<br>");
                continue;
            }

            if (name == "a")
            {
                var href = SafeHref(token.Groups["attributes"].Value);
                output.Append(href is null ? "<a>" : $"<a href=\"{WebUtility.HtmlEncode(href)}\">");
            }
            else
            {
                output.Append('<').Append(name).Append('>');
            }

            open.Add(name);
        }

        if (skipping is null && position < html.Length)
        {
            Text(output, html[position..]);
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            output.Append("</").Append(open[i]).Append('>');
        }

        return output.ToString();
    }

    /// <summary>The text of a body without markup (for feeds' plain descriptions and the calendar).</summary>
    public static string PlainText(string? html)
    {
        var sanitised = Sanitise(html);
        var text = Token().Replace(sanitised, " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    private static void Text(StringBuilder output, string text) =>
        output.Append(WebUtility.HtmlEncode(WebUtility.HtmlDecode(text)));

    private static string? SafeHref(string attributes)
    {
        var match = Href().Match(attributes);
        if (!match.Success)
        {
            return null;
        }

        var value = WebUtility.HtmlDecode(match.Groups["dq"].Success ? match.Groups["dq"].Value : match.Groups["sq"].Success ? match.Groups["sq"].Value : match.Groups["bare"].Value).Trim();
        if (value.Any(char.IsControl))
        {
            return null;
        }

        if (value.StartsWith('#') || (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.StartsWith("/\\", StringComparison.Ordinal)))
        {
            return value;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto)
            ? value
            : null;
    }

    [GeneratedRegex(@"<!--.*?(-->|$)(?<comment>)|<(?<close>/?)(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attributes>(?:[^>""']|""[^""]*""|'[^']*')*)>", RegexOptions.Singleline)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?:^|\s)href\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
