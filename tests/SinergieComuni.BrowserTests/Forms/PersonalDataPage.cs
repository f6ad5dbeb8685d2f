using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Forms;

/// <summary>The administrators' page for a person's data in the forms (/backoffice/moduli/dati-personali).</summary>
public sealed class PersonalDataPage(IPage page)
{
    public const string Path = "/backoffice/moduli/dati-personali";

    public ILocator Email => page.GetByLabel(Selectors.EmailLabel, new PageGetByLabelOptions { Exact = true });

    public ILocator Results => page.Locator(Selectors.Results);

    public ILocator Confirmation => page.Locator(Selectors.Confirmation);

    public ILocator Status => page.Locator(Selectors.Status);

    public ILocator Errors => page.Locator(Selectors.Errors);

    public async Task SearchAsync(string email)
    {
        await Email.FillAsync(email);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Selectors.SearchName, Exact = true }).ClickAsync();
    }

    public Task AskToEraseAsync() =>
        page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Selectors.EraseName }).ClickAsync();

    public Task ConfirmEraseAsync() =>
        page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = Selectors.ConfirmEraseName, Exact = true }).ClickAsync();

    public static class Selectors
    {
        public const string EmailLabel = "Indirizzo email della persona";
        public const string SearchName = "Cerca";
        public const string EraseName = "Cancella i dati di";
        public const string ConfirmEraseName = "Sì, cancella definitivamente";
        public const string Results = "[data-personal-data-results]";
        public const string Confirmation = "[data-erase-confirmation]";
        public const string Status = "[data-status-message]";
        public const string Errors = "[data-form-errors]";
    }
}
