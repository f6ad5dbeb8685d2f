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

    /// <summary>The page numbers to link: the first, the last, the current one and its neighbours; null marks a gap of two or more pages.</summary>
    public IReadOnlyList<int?> Links()
    {
        bool Shown(int n) => n == 1 || n == PageCount || Math.Abs(n - Number) <= 1;
        var links = new List<int?>();
        for (var n = 1; n <= PageCount; n++)
        {
            // A gap of a single page shows that page: "…" would take the same room.
            if (Shown(n) || (Shown(n - 1) && Shown(n + 1)))
            {
                links.Add(n);
            }
            else if (links[^1] is not null)
            {
                links.Add(null);
            }
        }

        return links;
    }
}
