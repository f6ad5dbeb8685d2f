using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Pages.Backoffice.Users;

/// <summary>An administrator changes a user's roles and organisation, or lifts a lockout; every change is in the audit log.</summary>
public sealed class EditModel(UserManager<AppUser> users, SinergieDbContext db, AuditLog audit, BackofficeActor actors) : PageModel
{
    public IReadOnlyList<(Guid Id, string Title)> Organisations { get; private set; } = [];

    public AppUser EditedUser { get; private set; } = null!;

    [BindProperty]
    public RolesInput Input { get; set; } = new();

    public bool LockedOut { get; private set; }

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.Roles = [.. await users.GetRolesAsync(EditedUser)];
        Input.OrganisationId = EditedUser.OrganisationId;
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var wanted = Input.Roles.Where(r => Roles.All.Contains(r)).Distinct().ToList();
        if (wanted.Count != Input.Roles.Count)
        {
            ModelState.AddModelError(string.Empty, "Uno dei ruoli scelti non esiste.");
            return Page();
        }

        if (Input.OrganisationId is { } organisationId && Organisations.All(o => o.Id != organisationId))
        {
            ModelState.AddModelError(string.Empty, "L'organizzazione scelta non esiste.");
            return Page();
        }

        if (wanted.Contains(Roles.PartnerRepresentative) && Input.OrganisationId is null)
        {
            ModelState.AddModelError(string.Empty, "Un referente di un'organizzazione partner deve essere collegato alla sua organizzazione.");
            return Page();
        }

        var current = await users.GetRolesAsync(EditedUser);
        var removesLastAdministrator = current.Contains(Roles.Administrator) && !wanted.Contains(Roles.Administrator)
            && (await users.GetUsersInRoleAsync(Roles.Administrator)).Count <= 1;
        if (removesLastAdministrator)
        {
            ModelState.AddModelError(string.Empty, "Deve restare almeno un amministratore: assegna il ruolo a un'altra persona prima di toglierlo a questa.");
            return Page();
        }

        var actor = await actors.GetAsync();
        if (!current.Order().SequenceEqual(wanted.Order()))
        {
            await users.RemoveFromRolesAsync(EditedUser, current.Except(wanted));
            await users.AddToRolesAsync(EditedUser, wanted.Except(current));
            audit.Record(actor.UserId, actor.UserName, AuditAction.RoleChange, null, null, EditedUser.Email,
                $"{EditedUser.Email}: {Describe(current)} → {Describe(wanted)}");

            // Signed-in sessions of that person pick up the new roles at the next stamp check instead of keeping the old ones.
            await users.UpdateSecurityStampAsync(EditedUser);
        }

        if (EditedUser.OrganisationId != Input.OrganisationId)
        {
            var before = Organisations.FirstOrDefault(o => o.Id == EditedUser.OrganisationId).Title ?? "nessuna";
            var after = Organisations.FirstOrDefault(o => o.Id == Input.OrganisationId).Title ?? "nessuna";
            EditedUser.OrganisationId = Input.OrganisationId;
            await users.UpdateAsync(EditedUser);
            audit.Record(actor.UserId, actor.UserName, AuditAction.OrganisationChange, null, null, EditedUser.Email, $"{EditedUser.Email}: {before} → {after}");
        }

        await db.SaveChangesAsync();
        Saved = "Ruoli e organizzazione aggiornati.";
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(EditedUser, null);
        await users.ResetAccessFailedCountAsync(EditedUser);
        var actor = await actors.GetAsync();
        audit.Record(actor.UserId, actor.UserName, AuditAction.Unlock, null, null, EditedUser.Email, EditedUser.Email);
        await db.SaveChangesAsync();
        LockedOut = false;
        Input.Roles = [.. await users.GetRolesAsync(EditedUser)];
        Input.OrganisationId = EditedUser.OrganisationId;
        Saved = "Blocco rimosso: l'utente può di nuovo accedere.";
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        var user = id.Length <= 100 ? await users.FindByIdAsync(id) : null;
        if (user is null)
        {
            return false;
        }

        EditedUser = user;
        LockedOut = await users.IsLockedOutAsync(user);
        Organisations = [.. (await db.ContentItems.AsNoTracking()
                .Where(i => i.ContentType == ContentTypes.Organisation && i.DeletedUtc == null)
                .Select(i => new { i.Id, i.Title })
                .ToListAsync())
            .OrderBy(o => o.Title, StringComparer.OrdinalIgnoreCase)
            .Select(o => (o.Id, o.Title))];
        ViewData["Title"] = $"Utente {user.Email}";
        return true;
    }

    private static string Describe(IEnumerable<string> roles) =>
        roles.Any() ? string.Join(", ", roles.Select(Roles.Label)) : "nessun ruolo";

    public sealed class RolesInput
    {
        public List<string> Roles { get; set; } = [];

        public Guid? OrganisationId { get; set; }
    }
}
