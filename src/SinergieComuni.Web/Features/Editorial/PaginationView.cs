namespace SinergieComuni.Web.Features.Editorial;

/// <summary>What the pagination partial needs: the page shown, the pages to link, the query parameters to keep.</summary>
public sealed record PaginationView(int Number, int PageCount, IReadOnlyList<int?> Links, IReadOnlyList<string> KeepQuery)
{
    public static PaginationView Of<T>(ListPage<T> page, params string[] keep) => new(page.Number, page.PageCount, page.Links(), keep);
}
