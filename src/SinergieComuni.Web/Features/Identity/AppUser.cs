using Microsoft.AspNetCore.Identity;

namespace SinergieComuni.Web.Features.Identity;

/// <summary>A person who signs in to the backoffice.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;

    /// <summary>Set when the invitation is sent; cleared when the person chooses a password.</summary>
    public DateTime? InvitedUtc { get; set; }

    public DateTime? LastLoginUtc { get; set; }

    /// <summary>For partner representatives: the organisation (content item) whose profile and service cards they edit.</summary>
    public Guid? OrganisationId { get; set; }
}
