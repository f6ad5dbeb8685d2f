using Microsoft.AspNetCore.Identity;

namespace SinergieComuni.Web.Features.Identity;

/// <summary>Identity's validation messages in Italian.</summary>
public sealed class ItalianIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Si è verificato un errore. Riprova.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "I dati sono stati modificati da un'altra persona. Ricarica la pagina e riprova.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "La password non è corretta.");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Il link non è valido o è scaduto. Chiedi all'amministratore un nuovo invito.");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Questo accesso è già associato a un altro utente.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"Il nome utente «{userName}» non è valido.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"L'indirizzo email «{email}» non è valido.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Esiste già un utente «{userName}».");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Esiste già un utente con l'email «{email}».");
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), $"Il ruolo «{role}» non è valido.");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"Il ruolo «{role}» esiste già.");
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "L'utente ha già una password.");
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "Il blocco non è attivo per questo utente.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"L'utente ha già il ruolo «{Roles.Label(role)}».");
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), $"L'utente non ha il ruolo «{Roles.Label(role)}».");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"La password deve avere almeno {length} caratteri.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"La password deve contenere almeno {uniqueChars} caratteri diversi.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "La password deve contenere almeno un simbolo (per esempio ! ? # @).");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "La password deve contenere almeno una cifra (0-9).");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "La password deve contenere almeno una lettera minuscola.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "La password deve contenere almeno una lettera maiuscola.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
