using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>The audit log, newest first, filterable by person, action, type, item and dates.</summary>
public sealed class AuditLogPageModel(SinergieDbContext db, BackofficeActor actors) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "utente")]
    public string? UserFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "azione")]
    public AuditAction? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "tipo")]
    public string? TypeFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "contenuto")]
    public Guid? ItemFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "dal")]
    public DateOnly? FromDate { get; set; }

    [BindProperty(SupportsGet = true, Name = "al")]
    public DateOnly? ToDate { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ContentPermissions.CanReadAudit(await actors.GetAsync()))
        {
            return Forbid();
        }

        ViewData["Title"] = "Registro delle attività";
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserFilter) && UserFilter.Length <= 256)
        {
            var user = UserFilter.Trim().ToLower();
            entries = entries.Where(e => e.UserName.ToLower().Contains(user));
        }

        if (ActionFilter is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (ContentTypes.Find(TypeFilter) is { } type)
        {
            entries = entries.Where(e => e.ContentType == type.Key);
        }

        if (ItemFilter is { } item)
        {
            entries = entries.Where(e => e.ItemId == item);
        }

        if (FromDate is { } from)
        {
            var fromUtc = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), RomeTime.Zone);
            entries = entries.Where(e => e.AtUtc >= fromUtc);
        }

        if (ToDate is { } to)
        {
            var toUtc = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), RomeTime.Zone);
            entries = entries.Where(e => e.AtUtc < toUtc);
        }

        Total = await entries.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Entries = await entries.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return Page();
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["utente"] = UserFilter,
            ["azione"] = ActionFilter?.ToString(),
            ["tipo"] = TypeFilter,
            ["contenuto"] = ItemFilter?.ToString(),
            ["dal"] = FromDate?.ToString("yyyy-MM-dd"),
            ["al"] = ToDate?.ToString("yyyy-MM-dd"),
            ["pagina"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();
}
