namespace SinergieComuni.Web.Features.Identity;

/// <summary>The backoffice roles and their Italian names.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string SocialManager = "SocialManager";
    public const string PartnerRepresentative = "PartnerRepresentative";

    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, SocialManager, PartnerRepresentative];

    public static string Label(string role) => role switch
    {
        Administrator => "Amministratore",
        Editor => "Redattore",
        SocialManager => "Gestore sociale territoriale",
        PartnerRepresentative => "Referente di un'organizzazione partner",
        _ => role,
    };
}
