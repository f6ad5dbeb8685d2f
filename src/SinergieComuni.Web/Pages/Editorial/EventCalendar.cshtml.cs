using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Editorial;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Editorial;

/// <summary>/eventi/calendario?mese=2026-12: the published events of a month on a Monday–Sunday grid.</summary>
public sealed class EventCalendarModel(PublishedEvents events) : PageModel
{
    public EventMonth? Month { get; private set; }

    public DateOnly Today { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "mese")] string? month, CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(events.NowUtc.ToRomeTime());
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Eventi", "/eventi"), new("Calendario") };
        int year, number;
        if (string.IsNullOrEmpty(month))
        {
            (year, number) = (Today.Year, Today.Month);
        }
        else if (!EventMonth.TryParse(month, out year, out number))
        {
            Problem = "Il mese richiesto non è valido: scrivilo come anno e mese, per esempio 2026-12.";
            ViewData["Title"] = "Calendario degli eventi";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Month = EventMonth.Build(year, number, await events.AllAsync(cancellationToken));
        ViewData["Title"] = $"Calendario degli eventi: {Month.Label}";
        ViewData["Description"] = $"Gli eventi della rete SinergieComuni di {Month.Label}.";
        return Page();
    }
}
