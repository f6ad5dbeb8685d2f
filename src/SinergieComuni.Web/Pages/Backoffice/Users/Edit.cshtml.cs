using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Pages.Backoffice.Users;

/// <summary>An administrator changes a user's roles or lifts a lockout.</summary>
public sealed class EditModel(UserManager<AppUser> users, ILogger<EditModel> logger) : PageModel
{
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

        var current = await users.GetRolesAsync(EditedUser);
        var removesLastAdministrator = current.Contains(Roles.Administrator) && !wanted.Contains(Roles.Administrator)
            && (await users.GetUsersInRoleAsync(Roles.Administrator)).Count <= 1;
        if (removesLastAdministrator)
        {
            ModelState.AddModelError(string.Empty, "Deve restare almeno un amministratore: assegna il ruolo a un'altra persona prima di toglierlo a questa.");
            return Page();
        }

        await users.RemoveFromRolesAsync(EditedUser, current.Except(wanted));
        await users.AddToRolesAsync(EditedUser, wanted.Except(current));
        logger.LogInformation("Roles of {UserId} set to {Roles} by {Admin}", EditedUser.Id, wanted, User.Identity?.Name);
        Saved = "Ruoli aggiornati.";
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
        LockedOut = false;
        Input.Roles = [.. await users.GetRolesAsync(EditedUser)];
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
        ViewData["Title"] = $"Utente {user.Email}";
        return true;
    }

    public sealed class RolesInput
    {
        public List<string> Roles { get; set; } = [];
    }
}
