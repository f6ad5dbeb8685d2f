using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Web.Pages.Backoffice;

/// <summary>The backoffice home: who is signed in and what they can do.</summary>
public sealed class IndexModel(UserManager<AppUser> users) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<string> RoleLabels { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        DisplayName = string.IsNullOrWhiteSpace(user?.DisplayName) ? User.Identity?.Name ?? "" : user.DisplayName;
        RoleLabels = user is null ? [] : [.. (await users.GetRolesAsync(user)).Select(Roles.Label)];
        ViewData["Title"] = "Bacheca";
    }
}
