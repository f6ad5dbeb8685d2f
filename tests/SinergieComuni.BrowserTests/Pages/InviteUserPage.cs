using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>The administrator's invitation form, /backoffice/utenti/invita.</summary>
public sealed class InviteUserPage(IPage page)
{
    public const string Path = "/backoffice/utenti/invita";

    public ILocator SuccessAlert => page.Locator(Selectors.SuccessAlert);

    public ILocator InvitationLink => page.Locator(Selectors.InvitationLink);

    public async Task GotoAsync() => await page.GotoAsync(Path);

    public async Task InviteAsync(string email, string displayName, params string[] roles)
    {
        await page.Locator(Selectors.Email).FillAsync(email);
        await page.Locator(Selectors.DisplayName).FillAsync(displayName);
        foreach (var role in roles)
        {
            // bootstrap-italia draws the checkbox on the label, which is what a person clicks.
            await page.Locator(Selectors.RoleLabel(role)).ClickAsync();
            await Assertions.Expect(page.Locator(Selectors.RoleCheckbox(role))).ToBeCheckedAsync();
        }

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Selectors.SubmitName, Exact = true }).ClickAsync();
    }

    /// <summary>The link shown on screen in the Development environment, the same one the e-mail carries.</summary>
    public async Task<string> InvitationLinkAsync() =>
        await InvitationLink.GetAttributeAsync("href")
            ?? throw new InvalidOperationException("The invitation link has no href.");

    public static class Selectors
    {
        public const string Email = "input[name=\"Input.Email\"]";
        public const string DisplayName = "input[name=\"Input.DisplayName\"]";
        public const string SubmitName = "Invia l'invito";
        public const string SuccessAlert = "[data-invitation-sent]";
        public const string InvitationLink = "[data-invitation-link]";

        public static string RoleCheckbox(string role) => "#role-" + role.ToLowerInvariant();

        public static string RoleLabel(string role) => $"label[for=\"role-{role.ToLowerInvariant()}\"]";
    }
}
