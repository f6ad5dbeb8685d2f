namespace SinergieComuni.Web.Features.Identity;

public static class Policies
{
    /// <summary>Any backoffice role.</summary>
    public const string Backoffice = "Backoffice";

    public const string ManageUsers = "ManageUsers";
}
