using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Editorial;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Editorial;

/// <summary>/eventi/{slug}: a published event with its Rome date and time, place, map, registration and .ics link.</summary>
public sealed class EventPageModel(PublishedEvents events, EventViews views) : PageModel
{
    public EventView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var item = await events.FindAsync(slug, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        View = await views.BuildAsync(item.Document, item.Item.PublishedSlug, cancellationToken);
        ViewData["Title"] = item.Document.Title;
        ViewData["Description"] = item.Document.Summary;
        ViewData["Image"] = item.Document.ImageId;
        ViewData["OgType"] = "article";
        ViewData["Updated"] = item.Item.PublishedUtc ?? item.Item.UpdatedUtc;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Eventi", "/eventi"), new(item.Document.Title) };
        return Page();
    }
}
