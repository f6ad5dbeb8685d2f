using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages;

/// <summary>A published content page by its slug: /chi-siamo, /il-progetto…</summary>
public sealed class ContentPageModel(PublishedPages pages) : PageModel
{
    public ContentPage Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (slug == ContentPage.HomeSlug)
        {
            return LocalRedirectPermanent("/");
        }

        var page = ContentSlug.IsValid(slug) ? await pages.FindAsync(slug, cancellationToken) : null;
        if (page is null)
        {
            return NotFound();
        }

        Item = page;
        ViewData["Title"] = page.Title;
        ViewData["Description"] = page.Summary;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new(page.Title) };
        return Page();
    }
}
