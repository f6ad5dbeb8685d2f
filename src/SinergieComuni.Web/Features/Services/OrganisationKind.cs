namespace SinergieComuni.Web.Features.Services;

/// <summary>What kind of body provides services.</summary>
public enum OrganisationKind
{
    PublicBody,
    SocialCooperative,
    Company,
    Association,
    Other,
}
