using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Editorial;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Editorial;

/// <summary>/eventi: upcoming events soonest first, or past ones (?periodo=passati) latest first, 10 a page.</summary>
public sealed class EventListModel(PublishedEvents events) : PageModel
{
    public ListPage<EventItem> Results { get; private set; } = null!;

    public bool Past { get; private set; }

    public PaginationView Pagination => PaginationView.Of(Results, "periodo");

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "periodo")] string? period, [FromQuery(Name = "pagina")] string? page, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(period) && period is not ("passati" or "prossimi"))
        {
            return NotFound();
        }

        Past = period == "passati";
        var list = Past ? await events.PastAsync(cancellationToken) : await events.UpcomingAsync(cancellationToken);
        Results = ListPage<EventItem>.Of(list, page);
        ViewData["Title"] = Past ? "Eventi passati" : "Eventi";
        ViewData["Description"] = "Incontri, laboratori e iniziative della rete SinergieComuni nei comuni del Distretto Sociale Sud Est Milano.";
        ViewData[Breadcrumb.ViewDataKey] = Past
            ? new List<Breadcrumb> { new("Eventi", "/eventi"), new("Eventi passati") }
            : new List<Breadcrumb> { new("Eventi") };
        return Page();
    }
}
