namespace SinergieComuni.Web.Infrastructure;

/// <summary>Which page numbers a pagination links: the first, the last, the current one and its neighbours.</summary>
public static class PageLinks
{
    /// <summary>The numbers to link in order; null marks a gap of two or more pages.</summary>
    public static IReadOnlyList<int?> For(int current, int pageCount)
    {
        bool Shown(int n) => n == 1 || n == pageCount || Math.Abs(n - current) <= 1;
        var links = new List<int?>();
        for (var n = 1; n <= pageCount; n++)
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
