using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Pages.Backoffice.Users;

/// <summary>An administrator invites a person and chooses their roles.</summary>
public sealed class InviteModel(Invitations invitations, IHostEnvironment environment, SinergieComuni.Web.Features.Content.BackofficeActor actors, SinergieComuni.Web.Data.SinergieDbContext db) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public string? SentTo { get; private set; }

    /// <summary>The invitation link, shown on screen only in development (elsewhere it travels by e-mail only).</summary>
    public string? DevelopmentLink { get; private set; }

    public IReadOnlyList<(Guid Id, string Title)> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Invita un utente";
        await LoadOrganisationsAsync(cancellationToken);
    }

    private async Task LoadOrganisationsAsync(CancellationToken cancellationToken) =>
        Organisations = [.. (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.ContentItems.Where(i => i.ContentType == SinergieComuni.Web.Features.Content.ContentTypes.Organisation && i.DeletedUtc == null)
                    .Select(i => new { i.Id, i.Title }), cancellationToken))
            .OrderBy(o => o.Title, StringComparer.OrdinalIgnoreCase)
            .Select(o => (o.Id, o.Title))];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Invita un utente";
        await LoadOrganisationsAsync(cancellationToken);
        if (Input.Roles.Any(r => !Roles.All.Contains(r)))
        {
            ModelState.AddModelError("Input.Roles", "Uno dei ruoli scelti non esiste.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.OrganisationId is { } organisationId && !await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
                db.ContentItems, i => i.Id == organisationId && i.ContentType == SinergieComuni.Web.Features.Content.ContentTypes.Organisation, cancellationToken))
        {
            ModelState.AddModelError("Input.OrganisationId", "L'organizzazione scelta non esiste.");
            return Page();
        }

        if (Input.Roles.Contains(Roles.PartnerRepresentative) && Input.OrganisationId is null)
        {
            ModelState.AddModelError("Input.OrganisationId", "Per un referente di un'organizzazione partner scegli la sua organizzazione.");
            return Page();
        }

        var result = await invitations.InviteAsync(await actors.GetAsync(), Input.Email.Trim(), Input.DisplayName.Trim(), Input.Roles, Input.OrganisationId, Request, cancellationToken);
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (result.User is null)
        {
            return Page();
        }

        SentTo = result.User.Email;
        DevelopmentLink = environment.IsDevelopment() ? result.Link : null;
        Input = new InviteInput();
        ModelState.Clear();
        return Page();
    }

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Inserisci l'email della persona da invitare.")]
        [EmailAddress(ErrorMessage = "Inserisci un indirizzo email valido.")]
        [StringLength(256, ErrorMessage = "L'email è troppo lunga.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Inserisci il nome e cognome.")]
        [StringLength(120, ErrorMessage = "Il nome può avere al massimo 120 caratteri.")]
        public string DisplayName { get; set; } = "";

        public List<string> Roles { get; set; } = [];

        public Guid? OrganisationId { get; set; }
    }
}
