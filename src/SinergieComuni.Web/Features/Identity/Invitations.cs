using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Identity;

/// <summary>Invites a person to the backoffice: creates the account without a password and mails a link to choose one.</summary>
public sealed class Invitations(UserManager<AppUser> users, MailSender mail, IOptions<AppOptions> appOptions, Content.AuditLog audit, Data.SinergieDbContext db)
{
    public sealed record Result(AppUser? User, string? Link, IReadOnlyList<string> Errors);

    public async Task<Result> InviteAsync(Content.ContentActor actor, string email, string displayName, IReadOnlyCollection<string> roles, Guid? organisationId, HttpRequest request, CancellationToken cancellationToken)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            InvitedUtc = DateTime.UtcNow,
            OrganisationId = organisationId,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return new Result(null, null, [.. created.Errors.Select(e => e.Description)]);
        }

        var validRoles = roles.Where(r => Roles.All.Contains(r)).ToList();
        if (validRoles.Count > 0)
        {
            await users.AddToRolesAsync(user, validRoles);
        }

        audit.Record(actor.UserId, actor.UserName, Content.AuditAction.UserInvite, null, null, email,
            $"{email}: {(validRoles.Count == 0 ? "nessun ruolo" : string.Join(", ", validRoles.Select(Roles.Label)))}");
        await db.SaveChangesAsync(cancellationToken);
        var link = await CreateLinkAsync(user, request);
        var roleNames = validRoles.Count == 0 ? "nessun ruolo" : string.Join(", ", validRoles.Select(Roles.Label));
        var body =
            $"Gentile {displayName},\n\n" +
            "sei stato invitato al backoffice di SinergieComuni, la piattaforma della rete per la conciliazione vita-lavoro del Distretto Sociale Sud Est Milano.\n\n" +
            $"Ruoli assegnati: {roleNames}.\n\n" +
            "Per attivare l'account scegli la tua password da questo link, valido 7 giorni:\n" +
            $"{link}\n\n" +
            "Se non aspettavi questo invito puoi ignorare il messaggio.\n";
        await mail.SendAsync(email, "Invito al backoffice di SinergieComuni", body, cancellationToken);
        return new Result(user, link, []);
    }

    private async Task<string> CreateLinkAsync(AppUser user, HttpRequest request)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var baseUrl = appOptions.Value.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}";
        return $"{baseUrl}/backoffice/invito?utente={Uri.EscapeDataString(user.Id)}&codice={Uri.EscapeDataString(token)}";
    }
}
