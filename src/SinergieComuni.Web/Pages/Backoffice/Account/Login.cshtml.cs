using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Pages.Backoffice.Account;

/// <summary>Sign-in to the backoffice, with lockout after repeated failures.</summary>
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    // Flags from the redirects after sign-out (?uscito=1) and activation (?attivato=1): read, not bound, so they never
    // become model errors that would block the sign-in form posted back to the same address.
    public bool SignedOut => Request.Query.ContainsKey("uscito");

    public bool Activated => Request.Query.ContainsKey("attivato");

    public void OnGet() => ViewData["Title"] = "Accesso";

    public async Task<IActionResult> OnPostAsync()
    {
        ViewData["Title"] = "Accesso";
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            ModelState.AddModelError(string.Empty, "Email o password non corretti.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            user.LastLoginUtc = DateTime.UtcNow;
            await users.UpdateAsync(user);
            logger.LogInformation("User {UserId} signed in", user.Id);
            return LocalRedirect(IsSafeReturnUrl(ReturnUrl) ? ReturnUrl! : "/backoffice");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} locked out", user.Id);
            ModelState.AddModelError(string.Empty, "Account bloccato per troppi tentativi non riusciti. Riprova tra 15 minuti o chiedi aiuto all'amministratore.");
            return Page();
        }

        ModelState.AddModelError(string.Empty, "Email o password non corretti.");
        return Page();
    }

    private bool IsSafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) && url.StartsWith("/backoffice", StringComparison.OrdinalIgnoreCase);

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Inserisci l'email.")]
        [EmailAddress(ErrorMessage = "Inserisci un indirizzo email valido.")]
        [Display(Name = "Email")]
        [StringLength(256, ErrorMessage = "L'email è troppo lunga.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Inserisci la password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        [StringLength(200, ErrorMessage = "La password è troppo lunga.")]
        public string Password { get; set; } = "";

        [Display(Name = "Ricordami su questo dispositivo")]
        public bool RememberMe { get; set; }
    }
}
