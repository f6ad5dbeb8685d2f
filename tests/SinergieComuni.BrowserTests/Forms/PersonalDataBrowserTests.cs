using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Forms;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Forms;

[Collection(BrowserCollection.Name)]
public sealed class PersonalDataBrowserTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Fact]
    public Task An_administrator_finds_and_erases_a_persons_entries_with_an_accessible_page_at_every_step() => WithPageAsync(async page =>
    {
        var email = $"giulia.{Guid.NewGuid():N}@prova.it";
        await AddEntryAsync(email);
        await SignInAsync(page, await Server.CreateAdministratorAsync());
        var personalData = new PersonalDataPage(page);

        await page.GotoAsync(PersonalDataPage.Path);
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        await personalData.SearchAsync("non è una email");
        await Expect(personalData.Errors).ToContainTextAsync("Scrivi un indirizzo email valido");
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        await personalData.SearchAsync(email.ToUpperInvariant());
        await Expect(personalData.Results.Locator("tbody tr")).ToHaveCountAsync(1);
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        await personalData.AskToEraseAsync();
        await Expect(personalData.Confirmation).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);

        await personalData.ConfirmEraseAsync();
        await Expect(personalData.Status).ToContainTextAsync("Dati cancellati: 1 risposta");
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    });

    private async Task AddEntryAsync(string email)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<FormDefinitions>();
        var contact = await definitions.FindPublishedAsync(FormImporter.ContactSlug, CancellationToken.None)
            ?? throw new InvalidOperationException("The seed contact form is not published.");
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        db.FormEntries.Add(new FormEntry
        {
            FormId = contact.Item.Id,
            FormVersion = contact.Version,
            SubmissionId = Guid.NewGuid(),
            CreatedUtc = DateTime.UtcNow.AddDays(-1),
            Email = email,
            AnswersJson = FormAnswers.Serialize(new Dictionary<string, string[]> { ["nome"] = ["Giulia"], ["email"] = [email], ["consenso"] = ["si"] }),
            SearchText = "giulia",
        });
        await db.SaveChangesAsync();
    }
}
