using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Editorial;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Editorial;

/// <summary>/notizie: published news, newest first, 10 a page, optionally of one topic (?argomento=).</summary>
public sealed class NewsListModel(PublishedNews news) : PageModel
{
    public ListPage<NewsItem> Results { get; private set; } = null!;

    public string? Topic { get; private set; }

    public string? TopicLabel => Topic is null ? null : EditorialTopics.Label(Topic);

    public PaginationView Pagination => PaginationView.Of(Results, "argomento");

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "argomento")] string? topic, [FromQuery(Name = "pagina")] string? page, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(topic) && !EditorialTopics.Exists(topic))
        {
            return NotFound();
        }

        Topic = string.IsNullOrEmpty(topic) ? null : topic;
        var all = await news.AllAsync(cancellationToken);
        Results = ListPage<NewsItem>.Of([.. all.Where(n => Topic is null || n.Document.Topics.Contains(Topic))], page);
        ViewData["Title"] = TopicLabel is null ? "Notizie" : $"Notizie: {TopicLabel}";
        ViewData["Description"] = NewsFeeds.Description;
        if (all.Count > 0)
        {
            ViewData["Updated"] = all.Max(n => n.Item.PublishedUtc ?? n.Item.UpdatedUtc);
        }

        ViewData[Breadcrumb.ViewDataKey] = TopicLabel is null
            ? new List<Breadcrumb> { new("Notizie") }
            : new List<Breadcrumb> { new("Notizie", "/notizie"), new(TopicLabel) };
        return Page();
    }
}
