using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Features.Identity;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests.Forms;

/// <summary>axe-core on the backoffice entries of a form: the filtered list, an entry's detail with its delete confirmation, and the forms list.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EntriesAccessibilityTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Theory]
    [InlineData("list")]
    [InlineData("filtered")]
    [InlineData("detail")]
    [InlineData("confirm-delete")]
    [InlineData("forms")]
    public Task Entries_page_has_no_serious_accessibility_violations(string which) => WithPageAsync(async page =>
    {
        var (formId, entryId) = await CreateFormWithEntryAsync();
        var path = which switch
        {
            "list" => $"/backoffice/moduli/{formId}/risposte",
            "filtered" => $"/backoffice/moduli/{formId}/risposte?dal=ieri&stato=tutte",
            "detail" => $"/backoffice/moduli/{formId}/risposte/{entryId}",
            "confirm-delete" => $"/backoffice/moduli/{formId}/risposte/{entryId}?elimina=true",
            _ => "/backoffice/contenuti/moduli",
        };
        await SignInAsync(page, await Server.CreateAdministratorAsync());

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        await Expect(new BackofficePage(page).Heading).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(page);
    }, variant: which);

    private async Task<(Guid FormId, Guid EntryId)> CreateFormWithEntryAsync()
    {
        var editor = new ContentActor("browser-editor", "redazione@prova.it", new HashSet<string> { Roles.Editor }, null);
        var form = new FormDocument
        {
            Title = "Modulo accessibile " + Guid.NewGuid().ToString("N")[..8],
            Pages =
            [
                new FormPage
                {
                    Key = "p1",
                    Groups =
                    [
                        new FormGroup
                        {
                            Key = "g1",
                            Fields =
                            [
                                new FormField { Key = "nome", Type = FormFieldType.ShortText, Label = "Nome e cognome", Required = true },
                                new FormField { Key = "codice", Type = FormFieldType.ShortText, Label = "Codice fiscale", Sensitive = true },
                                new FormField { Key = "consenso", Type = FormFieldType.Consent, Label = "Acconsento al trattamento dei dati", Required = true },
                            ],
                        },
                    ],
                },
            ],
        };
        await using var scope = Server.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<PublishWorkflow>();
        var created = await workflow.CreateAsync(editor, ContentTypes.Form, form, CancellationToken.None);
        Assert.True(created.Succeeded, created.Message);
        Assert.True((await workflow.PublishAsync(editor, created.ItemId!.Value, null, CancellationToken.None)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var entry = new FormEntry
        {
            FormId = created.ItemId.Value,
            FormVersion = 1,
            SubmissionId = Guid.NewGuid(),
            CreatedUtc = DateTime.UtcNow,
            IsDemo = true,
            AnswersJson = FormAnswers.Serialize(new Dictionary<string, string[]>
            {
                ["nome"] = ["<script>alert(1)</script>"],
                ["codice"] = ["RSSMRA80A01F205X"],
                ["consenso"] = ["si"],
            }),
            SearchText = "<script>alert(1)</script> si",
        };
        db.FormEntries.Add(entry);
        await db.SaveChangesAsync();
        return (created.ItemId.Value, entry.Id);
    }
}
