using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Pages;

/// <summary>The home page: the published page with the home slug.</summary>
public sealed class IndexModel(PublishedPages pages) : PageModel
{
    public ContentPage? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Item = await pages.FindAsync(ContentPage.HomeSlug, cancellationToken);
        ViewData["Title"] = "SinergieComuni";
        if (Item is not null)
        {
            ViewData["Description"] = Item.Summary;
        }

        return Page();
    }
}
