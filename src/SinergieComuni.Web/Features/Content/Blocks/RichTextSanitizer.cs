using AngleSharp.Dom;
using Ganss.Xss;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>
/// Keeps only a safe subset of HTML in rich text, by allow-list: paragraphs, h2–h4, emphasis, links (http, https,
/// mailto, tel or site paths), lists, quotes, simple tables and the few layout classes the demo pages use. Scripts,
/// event handlers, styles, javascript:/data: URLs, frames, SVG, MathML and form controls go, with their content.
/// Used on save and again on render, so stored HTML written by any route cannot reach the page unfiltered.
/// </summary>
public sealed class RichTextSanitizer
{
    public const int MaxLength = 100_000;

    private readonly HtmlSanitizer _sanitizer;

    public RichTextSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "span", "code",
                "a", "ul", "ol", "li", "blockquote", "section", "div",
                "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "id", "aria-labelledby", "scope", "colspan", "rowspan", "class", "lang",
            },
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal)
            {
                "lead", "row", "col-md-6", "col-lg-3", "col-lg-4", "mb-4", "h-100", "h5",
                "card", "card-bg", "card-body", "card-title", "card-text", "btn", "btn-primary", "btn-outline-primary",
                "callout", "callout-title", "table", "table-responsive",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = false };
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link)
            {
                MarkExternal(link);
            }
        };
    }

    /// <summary>The safe version of <paramref name="html"/> (empty for null).</summary>
    public string Sanitise(string? html) =>
        string.IsNullOrWhiteSpace(html) ? "" : _sanitizer.Sanitize(html).Trim();

    private static void MarkExternal(IElement link)
    {
        link.RemoveAttribute("rel");
        var href = link.GetAttribute("href");
        if (href is not null && Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            link.SetAttribute("rel", "noopener noreferrer");
        }
    }
}
