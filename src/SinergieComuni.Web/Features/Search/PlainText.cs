using System.Net;
using System.Text;

namespace SinergieComuni.Web.Features.Search;

/// <summary>Visible text of an HTML fragment, for indexing and snippets: tags become spaces, entities are decoded, script and style are dropped.</summary>
public static class PlainText
{
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                break;
            }

            var tag = html.AsSpan(i + 1, end - i - 1);
            i = end + 1;
            foreach (var hidden in (ReadOnlySpan<string>)["script", "style"])
            {
                if (tag.StartsWith(hidden, StringComparison.OrdinalIgnoreCase))
                {
                    var close = html.IndexOf("</" + hidden, i, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? html.Length : close;
                }
            }

            text.Append(' ');
        }

        return Collapse(WebUtility.HtmlDecode(text.ToString()));
    }

    /// <summary>Runs of white space become one space.</summary>
    public static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }

            if (space)
            {
                collapsed.Append(' ');
                space = false;
            }

            collapsed.Append(c);
        }

        return collapsed.ToString();
    }

    /// <summary>Joins the non-empty parts with ". " so that snippets read as sentences.</summary>
    public static string Join(IEnumerable<string?> parts) =>
        string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
