using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>Where an invited person chooses a password, /backoffice/invito?utente=…&amp;codice=….</summary>
public sealed class AcceptInvitationPage(IPage page)
{
    public ILocator Heading => page.Locator(Selectors.Heading);

    public async Task GotoAsync(string invitationLink) => await page.GotoAsync(invitationLink);

    public async Task ActivateAsync(string password)
    {
        await page.Locator(Selectors.Password).FillAsync(password);
        await page.Locator(Selectors.ConfirmPassword).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Selectors.SubmitName, Exact = true }).ClickAsync();
    }

    public static class Selectors
    {
        public const string Heading = "main#main-container h1";
        public const string Password = "input[name=\"Input.Password\"]";
        public const string ConfirmPassword = "input[name=\"Input.ConfirmPassword\"]";
        public const string SubmitName = "Attiva l'account";
    }
}
