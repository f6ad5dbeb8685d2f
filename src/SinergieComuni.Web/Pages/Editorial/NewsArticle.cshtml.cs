using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Editorial;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Editorial;

/// <summary>/notizie/{slug}: a published news article with related news.</summary>
public sealed class NewsArticleModel(PublishedNews news) : PageModel
{
    public NewsArticleView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var item = await news.FindAsync(slug, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var all = await news.AllAsync(cancellationToken);
        View = new NewsArticleView(item.Document, item.Date, PublishedNews.Related(all, item, 3));
        ViewData["Title"] = item.Document.Title;
        ViewData["Description"] = item.Document.Summary;
        ViewData["Image"] = item.Document.ImageId;
        ViewData["OgType"] = "article";
        ViewData["Updated"] = item.Item.PublishedUtc ?? item.Item.UpdatedUtc;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Notizie", "/notizie"), new(item.Document.Title) };
        return Page();
    }
}
