using System.Security.Claims;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Features.Content;

/// <summary>Who is acting on content: a signed-in person with roles and, for partner staff, their organisation; or the scheduler.</summary>
public sealed record ContentActor(string UserId, string UserName, IReadOnlySet<string> Roles, Guid? OrganisationId)
{
    public static ContentActor Scheduler { get; } =
        new("sistema", "Pubblicazione programmata", new HashSet<string> { Identity.Roles.Editor }, null);

    public bool IsEditor => Roles.Contains(Identity.Roles.Administrator) || Roles.Contains(Identity.Roles.Editor);

    public bool IsAdministrator => Roles.Contains(Identity.Roles.Administrator);

    public bool IsPartner => !IsEditor && Roles.Contains(Identity.Roles.PartnerRepresentative) && OrganisationId is not null;

    public static ContentActor From(ClaimsPrincipal user, AppUser? account) => new(
        account?.Id ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        account?.Email ?? user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(),
        account?.OrganisationId);
}
