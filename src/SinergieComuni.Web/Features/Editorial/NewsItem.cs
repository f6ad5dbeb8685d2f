using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>A published news item with the date it shows.</summary>
public sealed record NewsItem(ContentItem Item, NewsDocument Document)
{
    /// <summary>The editor's "data della notizia", or the day (Rome) of the first publication.</summary>
    public DateOnly Date => Document.NewsDate ?? DateOnly.FromDateTime((Item.FirstPublishedUtc ?? Item.PublishedUtc ?? Item.CreatedUtc).ToRomeTime());

    /// <summary>For feeds: the news date at noon Rome when the editor set one, otherwise the first publication.</summary>
    public DateTime DateUtc => Document.NewsDate is { } date
        ? RomeInput.ToUtc(date.ToDateTime(new TimeOnly(12, 0)), out _) ?? Item.CreatedUtc
        : Item.FirstPublishedUtc ?? Item.PublishedUtc ?? Item.CreatedUtc;

    public string Path => ContentTypes.Get(ContentTypes.News).PublicPath(Item.PublishedSlug ?? Document.Slug);
}
