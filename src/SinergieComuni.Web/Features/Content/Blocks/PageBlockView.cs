namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>One block as the public template renders it: its position (for ids and the first image) and the page's content.</summary>
public sealed record PageBlockView(PageBlock Block, int Index, PageBlockContent Content)
{
    /// <summary>The first block's image is above the fold: loaded at once.</summary>
    public bool Eager => Index == 0;

    public string Id(string part) => $"blocco-{Index + 1}-{part}";
}
