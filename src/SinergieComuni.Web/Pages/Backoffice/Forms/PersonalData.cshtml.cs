using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Web.Pages.Backoffice.Forms;

/// <summary>
/// Administrators answer a person's GDPR request: the entries and invitations of an email address across all forms,
/// exported as JSON or erased after a confirmation. The address travels only in posted forms, never in the URL.
/// </summary>
public sealed class PersonalDataModel(PersonalData personalData, BackofficeActor actors, TimeProvider clock) : PageModel
{
    public const string InvalidEmailMessage = "Scrivi un indirizzo email valido, per esempio nome@esempio.it.";

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>The address searched, as stored; null before a valid search.</summary>
    public string? Searched { get; private set; }

    public PersonalData.Findings? Findings { get; private set; }

    public bool AskConfirmation { get; private set; }

    public string? StatusMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        return await IsAdministratorAsync() ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostSearchAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdministratorAsync())
        {
            return Forbid();
        }

        if (Valid() is { } email)
        {
            await FindAsync(email, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!FormAccess.CanErasePersonalData(actor))
        {
            return Forbid();
        }

        if (Valid() is not { } email)
        {
            return Page();
        }

        await FindAsync(email, cancellationToken);
        if (Findings!.IsEmpty)
        {
            return Page();
        }

        var json = await personalData.ExportAsync(actor, email, cancellationToken);
        var day = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(json, "application/json; charset=utf-8", $"dati-personali-{day}.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!FormAccess.CanErasePersonalData(actor))
        {
            return Forbid();
        }

        if (Valid() is not { } email)
        {
            return Page();
        }

        if (!Confirmed)
        {
            await FindAsync(email, cancellationToken);
            AskConfirmation = !Findings!.IsEmpty;
            return Page();
        }

        var erased = await personalData.EraseAsync(actor, email, cancellationToken);
        StatusMessage = $"Dati cancellati: {Plural(erased.Entries, "risposta", "risposte")}, {Plural(erased.Files, "file", "file")} e {Plural(erased.Invitations, "invito", "inviti")}.";
        await FindAsync(email, cancellationToken);
        return Page();
    }

    private async Task FindAsync(string email, CancellationToken cancellationToken)
    {
        Searched = email;
        Email = email;
        Findings = await personalData.FindAsync(email, cancellationToken);
    }

    private string? Valid()
    {
        var email = PersonalData.Normalise(Email);
        if (email is null)
        {
            ModelState.AddModelError(nameof(Email), InvalidEmailMessage);
        }

        return email;
    }

    private async Task<bool> IsAdministratorAsync() => FormAccess.CanErasePersonalData(await actors.GetAsync());

    private static string Plural(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
