using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Pages;

/// <summary>The home page: the published page with the home slug, with its blocks.</summary>
public sealed class IndexModel(PublishedContent published, PageViews views) : PageModel
{
    public PageView? View { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entry = await published.FindBySlugAsync<PageDocument>(ContentTypes.Page, PageSlugs.Home, cancellationToken);
        View = entry is null ? null : await views.BuildAsync(entry.Document, entry.Item.PublishedUtc ?? entry.Item.UpdatedUtc, cancellationToken);
        ViewData["Title"] = "SinergieComuni";
        ViewData["Description"] = entry?.Document.Summary;
        if (entry is not null)
        {
            ViewData["Updated"] = entry.Item.PublishedUtc ?? entry.Item.UpdatedUtc;
        }
    }
}
