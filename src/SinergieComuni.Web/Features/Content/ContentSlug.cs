using System.Text.RegularExpressions;

namespace SinergieComuni.Web.Features.Content;

/// <summary>Slugs are lower-case ASCII words joined by single hyphens ("chi-siamo").</summary>
public static partial class ContentSlug
{
    public const int MaxLength = 200;

    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
