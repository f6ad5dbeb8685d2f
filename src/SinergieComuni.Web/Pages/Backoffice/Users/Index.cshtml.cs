using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Pages.Backoffice.Users;

/// <summary>Administrators see every backoffice user with roles and state.</summary>
public sealed class IndexModel(SinergieDbContext db) : PageModel
{
    public sealed record Row(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool Invited, bool LockedOut, DateTime? LastLoginUtc);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Utenti e ruoli";
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? "", cancellationToken);
        var userRoles = (await db.UserRoles.AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(ur => ur.UserId, ur => Roles.Label(roleNames.GetValueOrDefault(ur.RoleId) ?? ""));
        var now = DateTimeOffset.UtcNow;
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        Rows = [.. users
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .Select(u => new Row(u.Id, u.Email ?? "", u.DisplayName, [.. userRoles[u.Id]], u.InvitedUtc is not null, u.LockoutEnd > now, u.LastLoginUtc))];
    }
}
