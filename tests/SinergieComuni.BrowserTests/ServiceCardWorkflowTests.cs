using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using SinergieComuni.Web.Features.Content;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ServiceCardWorkflowTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    [Fact]
    public Task An_editor_creates_a_card_with_two_venues_and_hours_previews_and_publishes_it() => WithSessionAsync(async session =>
    {
        var editor = await Server.CreateEditorAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var title = $"Spazio bimbi di prova {suffix}";
        const string firstVenue = "Sede di via Roma";
        const string secondVenue = "Sede della cascina";

        var page = await session.NewPageAsync();
        await SignInAsync(page, editor);
        var card = new ServiceCardEditorPage(page);
        var opened = await card.GotoNewAsync();
        Assert.Equal(200, opened.Status);
        await Expect(card.Heading).ToHaveTextAsync("Nuova scheda servizio");

        // With the tabs script the sections are tabs: only the first one is shown.
        await Expect(card.TabLinks).ToHaveCountAsync(await card.TabPanels.CountAsync());
        await Expect(card.VisibleTabPanels).ToHaveCountAsync(1);
        await Expect(card.Title).ToBeVisibleAsync();

        await card.FillMainInformationAsync(title, "Spazio gioco per bambine e bambini da 1 a 3 anni, con educatrici.", "prima-infanzia");
        await card.SelectFirstOrganisationAsync();

        await card.OpenTabAsync(ServiceCardEditorPage.Tabs.Audience);
        await card.TickMunicipalityAsync("melegnano");

        await card.OpenTabAsync(ServiceCardEditorPage.Tabs.Description);
        await card.FillDescriptionAsync("<p>Uno spazio accogliente dove giocare insieme, mentre i genitori lavorano.</p>");

        await card.OpenTabAsync(ServiceCardEditorPage.Tabs.Venues);
        await card.AddVenueAsync(0);
        await card.FillVenueAsync(0, firstVenue, "Via Roma 1", "20077", "melegnano", "45.3583", "9.3236");
        await card.AddWeeklySlotAsync(0, 0, "lunedì", "08:00", "12:00");
        await card.AddVenueAsync(1);
        await card.FillVenueAsync(1, secondVenue, "Via della Cascina 12", "20070", "vizzolo-predabissi", "45.3553", "9.3475");
        await card.AddWeeklySlotAsync(1, 0, "mercoledì", "14:00", "18:00");
        await card.AddWeeklySlotAsync(1, 1, "venerdì", "09:00", "12:30");

        // Adding rows posts the form back: what was typed in the other tabs is still there.
        await card.OpenTabAsync(ServiceCardEditorPage.Tabs.Main);
        await Expect(card.Title).ToHaveValueAsync(title);

        await card.SaveDraftAsync();

        await Expect(card.StatusMessage).ToContainTextAsync("creata come bozza");
        await Expect(card.Heading).ToHaveTextAsync(title);
        await Expect(card.FormErrors).ToHaveCountAsync(0);
        await Expect(card.WorkflowStatus).ToContainTextAsync("Bozza");
        var id = card.ItemId();
        var slug = await card.Slug.InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(slug), "Saving should give the card an address.");

        // The preview shows the draft; the public address does not exist yet.
        await card.OpenPreviewAsync();
        await Expect(page).ToHaveURLAsync(new Uri(Server.ServerAddress, ContentPreviewPage.Path(id)).ToString());
        var preview = new ContentPreviewPage(page);
        await Expect(preview.Banner).ToBeVisibleAsync();
        await Expect(preview.Card.Title).ToHaveTextAsync(title);
        await Expect(preview.Card.VenueNames).ToHaveTextAsync([firstVenue, secondVenue]);
        var beforePublishing = await page.APIRequest.GetAsync(PublicServiceCardPage.Path(slug));
        Assert.Equal(404, beforePublishing.Status);

        await preview.BackToEditorAsync();
        await card.Button(ServiceCardEditorPage.Selectors.PublishVersionName(1)).ClickAsync();

        await Expect(card.StatusMessage).ToHaveTextAsync("Pubblicato.");
        await Expect(card.WorkflowStatus).ToContainTextAsync("Pubblicato");

        // Anyone can now open the card.
        var visitorPage = await session.NewPageAsync();
        var visitor = new PublicServiceCardPage(visitorPage);
        var published = await visitor.GotoAsync(slug);
        Assert.Equal(200, published.Status);
        await Expect(visitor.Title).ToHaveTextAsync(title);
        await Expect(visitor.VenueNames).ToHaveTextAsync([firstVenue, secondVenue]);
        await Expect(visitor.OpenNow).ToHaveCountAsync(1);
    });

    [Fact]
    public Task A_partner_representative_submits_a_change_that_an_editor_approves() => WithSessionAsync(async session =>
    {
        var cards = await Server.PublishedItemsAsync(ContentTypes.Service);
        var target = cards.First(c => c.OrganisationId is not null);
        var otherOrganisationsCard = cards.First(c => c.OrganisationId is not null && c.OrganisationId != target.OrganisationId);
        var partner = await Server.CreatePartnerRepresentativeAsync(target.OrganisationId!.Value);
        var editor = await Server.CreateEditorAsync();
        var newShortDescription = $"Descrizione aggiornata dal referente ({Guid.NewGuid().ToString("N")[..8]}).";

        var visitorPage = await session.NewPageAsync();
        var visitor = new PublicServiceCardPage(visitorPage);
        Assert.Equal(200, (await visitor.GotoAsync(target.Slug)).Status);
        var oldShortDescription = (await visitor.ShortDescription.TextContentAsync())?.Trim();
        Assert.False(string.IsNullOrEmpty(oldShortDescription), "The demo card should have a short description.");

        // The partner sees only their organisation's cards.
        var partnerPage = await session.NewPageAsync();
        await SignInAsync(partnerPage, partner);
        var list = new ContentListPage(partnerPage);
        Assert.Equal(200, (await list.GotoServiceCardsAsync()).Status);
        await Expect(list.Row(target.Id)).ToHaveCountAsync(1);
        await Expect(list.Row(otherOrganisationsCard.Id)).ToHaveCountAsync(0);

        await list.OpenAsync(target.Id);
        var partnerEditor = new ServiceCardEditorPage(partnerPage);
        await Expect(partnerEditor.Heading).ToHaveTextAsync(target.Title);
        await Expect(partnerEditor.PublishingButtons).ToHaveCountAsync(0);

        await partnerEditor.ShortDescription.FillAsync(newShortDescription);
        await partnerEditor.SaveAndSubmitAsync();

        await Expect(partnerEditor.StatusMessage).ToContainTextAsync("Inviato alla redazione");
        await Expect(partnerEditor.WorkflowStatus).ToContainTextAsync("Da approvare");
        await Expect(partnerEditor.PublishingButtons).ToHaveCountAsync(0);

        // Publishing is refused by the server too, not only hidden.
        var forged = await partnerEditor.PostWorkflowActionAsync("Publish");
        Assert.Equal(403, forged.Status);

        await visitorPage.ReloadAsync();
        await Expect(visitor.ShortDescription).ToHaveTextAsync(oldShortDescription!);

        // The editor finds the change waiting on the dashboard and approves it.
        var editorPage = await session.NewPageAsync();
        await SignInAsync(editorPage, editor);
        var dashboard = new BackofficePage(editorPage);
        var waiting = dashboard.DashboardSection(BackofficePage.Selectors.ToApprove)
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = target.Title, Exact = true });
        await Expect(waiting).ToHaveCountAsync(1);
        await waiting.ClickAsync();

        var editorView = new ServiceCardEditorPage(editorPage);
        await Expect(editorView.ShortDescription).ToHaveValueAsync(newShortDescription);
        await Expect(editorView.WorkflowStatus).ToContainTextAsync("Da approvare");
        await Expect(editorView.Button(ServiceCardEditorPage.Selectors.SendBackName)).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoSeriousViolationsAsync(editorView.WorkflowPanel);
        await editorView.Button(ServiceCardEditorPage.Selectors.ApproveAndPublishName).ClickAsync();

        await Expect(editorView.StatusMessage).ToHaveTextAsync("Modifiche approvate e pubblicate.");
        await Expect(editorView.WorkflowStatus).Not.ToContainTextAsync("Da approvare");

        await visitorPage.ReloadAsync();
        await Expect(visitor.ShortDescription).ToHaveTextAsync(newShortDescription);
    });
}
