using System.Globalization;

namespace SinergieComuni.Web.Features.Services;

/// <summary>One page of a list of services. Any requested page number is accepted: out of range or unreadable, the nearest page is shown.</summary>
public sealed record CataloguePage(IReadOnlyList<ServiceSummary> Items, int Number, int PageCount, int TotalCount)
{
    public const int Size = 12;

    public static CataloguePage Of(IReadOnlyList<ServiceSummary> all, string? requested)
    {
        var pageCount = Math.Max(1, (all.Count + Size - 1) / Size);
        var number = int.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? Math.Clamp(parsed, 1, pageCount)
            : requested is { Length: > 0 } && requested.All(char.IsAsciiDigit) ? pageCount // too large for an int: past the end
            : 1;
        return new CataloguePage([.. all.Skip((number - 1) * Size).Take(Size)], number, pageCount, all.Count);
    }

    /// <summary>The page numbers to link: first, last, current and neighbours; null marks a gap.</summary>
    public IReadOnlyList<int?> Links() => Infrastructure.PageLinks.For(Number, PageCount);
}
