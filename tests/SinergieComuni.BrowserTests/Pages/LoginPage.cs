using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;

namespace SinergieComuni.BrowserTests.Pages;

/// <summary>The backoffice sign-in page, /backoffice/accesso.</summary>
public sealed class LoginPage(IPage page)
{
    public const string Path = "/backoffice/accesso";

    public ILocator ActivationMessage => page.Locator(Selectors.StatusMessage, new PageLocatorOptions { HasText = "Account attivato" });

    public ILocator SignedOutMessage => page.Locator(Selectors.StatusMessage, new PageLocatorOptions { HasText = "Sei uscito dal backoffice" });

    public ILocator FormErrors => page.Locator(Selectors.FormErrors);

    public async Task GotoAsync() => await page.GotoAsync(Path);

    public async Task SignInAsync(TestUser user)
    {
        await page.Locator(Selectors.Email).FillAsync(user.Email);
        await page.Locator(Selectors.Password).FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Selectors.SubmitName, Exact = true }).ClickAsync();
    }

    public static class Selectors
    {
        public const string Email = "input[name=\"Input.Email\"]";
        public const string Password = "input[name=\"Input.Password\"]";
        public const string SubmitName = "Accedi";
        public const string StatusMessage = "main .alert-success[role=\"status\"]";
        public const string FormErrors = "[data-form-errors]";
    }
}
