using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Pages.Backoffice.Account;

/// <summary>The invited person chooses a password through the link received by e-mail.</summary>
public sealed class AcceptInvitationModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "utente")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "codice")]
    public string? Token { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public string? Email { get; private set; }

    public bool LinkIsValid { get; private set; }

    public async Task OnGetAsync()
    {
        ViewData["Title"] = "Attiva il tuo account";
        var user = await FindInvitedUserAsync();
        LinkIsValid = user is not null;
        Email = user?.Email;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ViewData["Title"] = "Attiva il tuo account";
        var user = await FindInvitedUserAsync();
        LinkIsValid = user is not null;
        Email = user?.Email;
        if (user is null || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token!, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        user.EmailConfirmed = true;
        user.InvitedUtc = null;
        await users.UpdateAsync(user);
        return LocalRedirect("/backoffice/accesso?attivato=1");
    }

    private async Task<AppUser?> FindInvitedUserAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) || UserId.Length > 100 || Token.Length > 2000)
        {
            return null;
        }

        var user = await users.FindByIdAsync(UserId);
        return user is { InvitedUtc: not null } ? user : null;
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Scegli una password.")]
        [DataType(DataType.Password)]
        [StringLength(200, ErrorMessage = "La password è troppo lunga.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Ripeti la password.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "Le due password non coincidono.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
