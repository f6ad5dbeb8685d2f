using System.Globalization;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>One page of a news or events list (?pagina=N). Out of range or unreadable numbers show the nearest page.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Number, int PageCount, int TotalCount)
{
    public const int Size = 10;

    public static ListPage<T> Of(IReadOnlyList<T> all, string? requested)
    {
        var pageCount = Math.Max(1, (all.Count + Size - 1) / Size);
        var number = int.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? Math.Clamp(parsed, 1, pageCount)
            : requested is { Length: > 0 } && requested.All(char.IsAsciiDigit) ? pageCount
            : 1;
        return new ListPage<T>([.. all.Skip((number - 1) * Size).Take(Size)], number, pageCount, all.Count);
    }

    /// <summary>The page numbers to link: first, last, current and neighbours; null marks a gap.</summary>
    public IReadOnlyList<int?> Links() => Infrastructure.PageLinks.For(Number, PageCount);
}
