namespace SinergieComuni.Web.Features.Editorial;

/// <summary>A news article as the public page and the preview show it.</summary>
public sealed record NewsArticleView(NewsDocument Document, DateOnly Date, IReadOnlyList<NewsItem> Related);
