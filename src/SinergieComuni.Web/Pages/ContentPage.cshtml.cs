using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages;

/// <summary>A published free page by its slug: /chi-siamo, /il-progetto…</summary>
public sealed class ContentPageModel(PublishedContent published) : PageModel
{
    public PageView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (slug == PageSlugs.Home)
        {
            return LocalRedirectPermanent("/");
        }

        var entry = ContentSlug.IsValid(slug) ? await published.FindBySlugAsync<PageDocument>(ContentTypes.Page, slug, cancellationToken) : null;
        if (entry is null)
        {
            return NotFound();
        }

        View = new PageView(entry.Document, entry.Item.PublishedUtc ?? entry.Item.UpdatedUtc);
        ViewData["Title"] = entry.Document.Title;
        ViewData["Description"] = entry.Document.Summary;
        ViewData["Updated"] = View.UpdatedUtc;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new(entry.Document.Title) };
        return Page();
    }
}
