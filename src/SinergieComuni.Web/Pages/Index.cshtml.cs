using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Pages;

/// <summary>The home page: the published page with the home slug.</summary>
public sealed class IndexModel(PublishedContent published) : PageModel
{
    public PageView? View { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entry = await published.FindBySlugAsync<PageDocument>(ContentTypes.Page, PageSlugs.Home, cancellationToken);
        View = entry is null ? null : new PageView(entry.Document, entry.Item.PublishedUtc ?? entry.Item.UpdatedUtc);
        ViewData["Title"] = "SinergieComuni";
        ViewData["Description"] = entry?.Document.Summary;
        ViewData["Updated"] = View?.UpdatedUtc;
    }
}
