using SinergieComuni.BrowserTests.Infrastructure;
using SinergieComuni.BrowserTests.Pages;
using SinergieComuni.Web.Features.Identity;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SinergieComuni.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class UserInvitationTests(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private static readonly string[] EditorMenu = ["Bacheca", "Schede servizio", "Organizzazioni", "Pagine", "Notizie", "Eventi", "Moduli e questionari", "Documenti", "Libreria media", "Cestino", "Redirect", "Navigazione", "Cerca nei contenuti", "Sinonimi della ricerca", "Indice di ricerca", "Comuni sulla mappa", "Registro delle attività"];

    [Fact]
    public Task Administrator_invites_an_editor_who_sets_a_password_and_signs_in() => WithSessionAsync(async session =>
    {
        var administrator = await Server.CreateAdministratorAsync();
        var editor = TestUser.CreateUnique("redattrice", "Elena Redattrice");
        var home = new Uri(Server.ServerAddress, BackofficePage.HomePath).ToString();

        // The administrator signs in and sends the invitation.
        var adminPage = await session.NewPageAsync();
        var adminLogin = new LoginPage(adminPage);
        await adminLogin.GotoAsync();
        await adminLogin.SignInAsync(administrator);
        await Expect(adminPage).ToHaveURLAsync(home);
        await Expect(new BackofficePage(adminPage).Heading).ToHaveTextAsync("Bacheca");

        var invite = new InviteUserPage(adminPage);
        await invite.GotoAsync();
        await invite.InviteAsync(editor.Email, editor.DisplayName, Roles.Editor);

        await Expect(invite.SuccessAlert).ToBeVisibleAsync();
        await Expect(invite.SuccessAlert).ToContainTextAsync(editor.Email);
        var link = await invite.InvitationLinkAsync();
        Assert.StartsWith(new Uri(Server.ServerAddress, "/backoffice/invito?").ToString(), link, StringComparison.Ordinal);
        AssertInvitationMailWasSentTo(editor.Email);

        // The editor, in a browser of their own, opens the link and chooses a password.
        var editorPage = await session.NewPageAsync();
        var acceptInvitation = new AcceptInvitationPage(editorPage);
        await acceptInvitation.GotoAsync(link);
        await Expect(acceptInvitation.Heading).ToHaveTextAsync("Attiva il tuo account");
        await acceptInvitation.ActivateAsync(editor.Password);

        await Expect(editorPage).ToHaveURLAsync(new Uri(Server.ServerAddress, LoginPage.Path + "?attivato=1").ToString());
        var editorLogin = new LoginPage(editorPage);
        await Expect(editorLogin.ActivationMessage).ToBeVisibleAsync();

        await editorLogin.SignInAsync(editor);

        await Expect(editorPage).ToHaveURLAsync(home);
        var backoffice = new BackofficePage(editorPage);
        await Expect(backoffice.Heading).ToHaveTextAsync("Bacheca");
        await Expect(backoffice.SignedInUser).ToHaveTextAsync(editor.Email);
        await Expect(backoffice.MenuLinks).ToHaveTextAsync(EditorMenu);

        // Managing users is for administrators only.
        var forbidden = await editorPage.GotoAsync(BackofficePage.UsersPath);
        Assert.Equal(403, forbidden?.Status);
        await Expect(new PublicSitePage(editorPage).Heading).ToHaveTextAsync("Accesso non consentito");

        // And the editor can sign out again.
        await editorPage.GotoAsync(BackofficePage.HomePath);
        await backoffice.SignOutAsync();
        await Expect(editorLogin.SignedOutMessage).ToBeVisibleAsync();
    });

    private void AssertInvitationMailWasSentTo(string email)
    {
        Assert.True(Directory.Exists(Server.MailOutboxPath), $"The mail outbox {Server.MailOutboxPath} does not exist.");
        var messages = Directory.GetFiles(Server.MailOutboxPath, "*.eml");
        Assert.Contains(messages, file => File.ReadAllText(file).Contains(email, StringComparison.OrdinalIgnoreCase));
    }
}
