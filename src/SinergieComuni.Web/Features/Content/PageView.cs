using SinergieComuni.Web.Features.Content.Blocks;

namespace SinergieComuni.Web.Features.Content;

/// <summary>What the page template needs: the document, what its blocks show (built by <see cref="PageViews"/>) and the update date.</summary>
public sealed record PageView(PageDocument Document, DateTime UpdatedUtc)
{
    public bool IsHome => Document.Slug == PageSlugs.Home;

    public PageBlockContent Content { get; init; } = PageBlockContent.Empty;
}
