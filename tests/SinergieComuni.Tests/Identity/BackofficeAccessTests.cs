using System.Net;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Tests.Identity;

/// <summary>Who may enter the backoffice, and what happens to those who may not. Runs once per database provider.</summary>
public abstract class BackofficeAccessTests(SinergieAppFactory factory)
{
    private static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@prova.it";

    [Theory]
    [InlineData("/backoffice")]
    [InlineData("/backoffice/utenti")]
    [InlineData("/backoffice/utenti/invita")]
    public async Task Anonymous_backoffice_request_goes_to_the_login_page(string url)
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/backoffice/accesso", response.Headers.Location?.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(url), response.Headers.Location?.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_logs_in_and_reaches_the_dashboard()
    {
        var email = NewEmail("redattrice");
        var password = await factory.CreateUserAsync(email, Roles.Editor);
        using var client = factory.CreateBrowserLikeClient();

        var login = await client.LogInAsync(email, password);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/backoffice", login.Headers.Location?.OriginalString);
        var dashboard = await client.GetStringAsync("/backoffice");
        Assert.Contains("Bacheca", dashboard, StringComparison.Ordinal);
        Assert.Contains("Redattore", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_five_times_locks_the_account_out()
    {
        var email = NewEmail("bloccato");
        var password = await factory.CreateUserAsync(email, Roles.Editor);
        using var client = factory.CreateBrowserLikeClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await client.LogInAsync(email, "Sbagliata-123!");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("Email o password non corretti", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fifth = await client.LogInAsync(email, "Sbagliata-123!");
        Assert.Contains("Account bloccato", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var rightPasswordTooLate = await client.LogInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, rightPasswordTooLate.StatusCode);
        Assert.Contains("Account bloccato", await rightPasswordTooLate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_cannot_open_the_user_administration()
    {
        using var client = await SignedInClientAsync("redattore", Roles.Editor);

        foreach (var url in new[] { "/backoffice/utenti", "/backoffice/utenti/invita" })
        {
            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"it\">", html, StringComparison.Ordinal);
            Assert.Contains("Accesso non consentito", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_editor_cannot_invite_by_posting_directly()
    {
        using var client = await SignedInClientAsync("furbo", Roles.Editor);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/backoffice"));

        var response = await client.PostAsync("/backoffice/utenti/invita", new FormUrlEncodedContent(
        [
            new("Input.Email", NewEmail("intruso")), new("Input.DisplayName", "Intruso"), new("Input.Roles", Roles.Administrator), new("__RequestVerificationToken", token),
        ]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_user_without_any_role_is_refused_the_backoffice()
    {
        using var client = await SignedInClientAsync("senzaruolo");

        var response = await client.GetAsync("/backoffice");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Administrator_invites_an_editor_who_sets_a_password_and_logs_in()
    {
        using var admin = await SignedInClientAsync("admin", Roles.Administrator);
        var editorEmail = NewEmail("nuova-redattrice");

        var invited = await admin.SubmitAsync("/backoffice/utenti/invita",
            [new("Input.Email", editorEmail), new("Input.DisplayName", "Nuova Redattrice"), new("Input.Roles", Roles.Editor)]);

        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        Assert.Contains("Invito inviato", await invited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var users = await admin.GetStringAsync("/backoffice/utenti");
        Assert.Contains(editorEmail, users, StringComparison.Ordinal);
        Assert.Contains("Invitato, non ancora attivo", users, StringComparison.Ordinal);

        var link = new Uri(MailOutbox.FirstLink(MailOutbox.SingleMessageTo(factory, editorEmail)));
        Assert.Equal("/backoffice/invito", link.AbsolutePath);
        using var editor = factory.CreateBrowserLikeClient();
        const string chosen = "Conciliare-Vita-2026!";
        var accepted = await editor.SubmitAsync(link.PathAndQuery, [new("Input.Password", chosen), new("Input.ConfirmPassword", chosen)]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/backoffice/accesso?attivato=1", accepted.Headers.Location?.OriginalString);

        var activatedPage = await editor.GetStringAsync("/backoffice/accesso?attivato=1");
        Assert.Contains("Account attivato", activatedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("alert-danger", activatedPage, StringComparison.Ordinal);
        var login = await editor.SubmitAsync("/backoffice/accesso?attivato=1", [new("Input.Email", editorEmail), new("Input.Password", chosen)]);
        Assert.Equal("/backoffice", login.Headers.Location?.OriginalString);
        Assert.Contains("Redattore", await editor.GetStringAsync("/backoffice"), StringComparison.Ordinal);

        var reused = await editor.GetStringAsync(link.PathAndQuery);
        Assert.Contains("non è valido", reused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_Italian_when_accepting_an_invitation()
    {
        using var admin = await SignedInClientAsync("admin", Roles.Administrator);
        var invitedEmail = NewEmail("gestore");
        await admin.SubmitAsync("/backoffice/utenti/invita", [new("Input.Email", invitedEmail), new("Input.DisplayName", "Gestore"), new("Input.Roles", Roles.SocialManager)]);
        var link = new Uri(MailOutbox.FirstLink(MailOutbox.SingleMessageTo(factory, invitedEmail)));
        using var invited = factory.CreateBrowserLikeClient();

        var response = await invited.SubmitAsync(link.PathAndQuery, [new("Input.Password", "corta"), new("Input.ConfirmPassword", "corta")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("almeno 12 caratteri", html, StringComparison.Ordinal);
        Assert.Contains("maiuscola", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_changes_roles_but_cannot_remove_the_last_administrator()
    {
        var adminEmail = NewEmail("unico-admin");
        var adminPassword = await factory.CreateUserAsync(adminEmail, Roles.Administrator);
        var partnerEmail = NewEmail("referente");
        await factory.CreateUserAsync(partnerEmail, Roles.Editor);
        using var admin = factory.CreateBrowserLikeClient();
        await admin.LogInAsync(adminEmail, adminPassword);
        var users = await admin.GetStringAsync("/backoffice/utenti");
        var partnerUrl = ExtractUserUrl(users, partnerEmail);

        var withoutOrganisation = await admin.SubmitAsync(partnerUrl, [new("Input.Roles", Roles.PartnerRepresentative)], partnerUrl + "?handler=Roles");
        Assert.Contains("deve essere collegato alla sua organizzazione", System.Net.WebUtility.HtmlDecode(await withoutOrganisation.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var organisation = await factory.CreateAsync(SinergieComuni.Web.Features.Content.ContentTypes.Organisation, ContentFixtures.Organisation());

        var changed = await admin.SubmitAsync(partnerUrl, [new("Input.Roles", Roles.PartnerRepresentative), new("Input.OrganisationId", organisation.ToString())], partnerUrl + "?handler=Roles");

        Assert.Contains("Ruoli e organizzazione aggiornati", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await factory.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.AuditEntries,
            a => a.Action == SinergieComuni.Web.Features.Content.AuditAction.RoleChange && a.ItemTitle == partnerEmail)));
        Assert.True(await factory.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.AuditEntries,
            a => a.Action == SinergieComuni.Web.Features.Content.AuditAction.OrganisationChange && a.ItemTitle == partnerEmail)));
        Assert.Equal(organisation, await factory.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Users.Where(u => u.Email == partnerEmail).Select(u => u.OrganisationId))));
        Assert.Contains("Referente di un&#x27;organizzazione partner", await admin.GetStringAsync("/backoffice/utenti"), StringComparison.Ordinal);
        Assert.DoesNotContain("Redattore", ExtractRow(await admin.GetStringAsync("/backoffice/utenti"), partnerEmail), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_user_id_and_broken_invitation_links_answer_without_errors()
    {
        using var admin = await SignedInClientAsync("admin", Roles.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/backoffice/utenti/" + new string('x', 300))).StatusCode);
        var broken = await admin.GetAsync("/backoffice/invito?utente=nessuno&codice=" + new string('%', 1) + "zz");
        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Contains("non è valido", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overlong_login_gets_an_Italian_message_not_an_error()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.LogInAsync(new string('a', 5000) + "@prova.it", new string('b', 5000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("troppo lung", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        using var client = await SignedInClientAsync("uscita", Roles.SocialManager);

        var logout = await client.SubmitAsync("/backoffice", [], "/backoffice/esci");

        Assert.Equal("/backoffice/accesso?uscito=1", logout.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/backoffice")).StatusCode);
    }

    private async Task<HttpClient> SignedInClientAsync(string who, params string[] roles)
    {
        var email = NewEmail(who);
        var password = await factory.CreateUserAsync(email, roles);
        var client = factory.CreateBrowserLikeClient();
        var login = await client.LogInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private static string ExtractRow(string html, string email)
    {
        var at = html.IndexOf(email, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{email} is not listed.");
        var start = html.LastIndexOf("<tr>", at, StringComparison.Ordinal);
        var end = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        return html[start..end];
    }

    private static string ExtractUserUrl(string html, string email)
    {
        var row = ExtractRow(html, email);
        var start = row.IndexOf("href=\"", StringComparison.Ordinal) + 6;
        return row[start..row.IndexOf('"', start)];
    }
}

public sealed class BackofficeAccessTestsOnSqlite(SqliteAppFactory factory) : BackofficeAccessTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class BackofficeAccessTestsOnPostgres(PostgresAppFactory factory) : BackofficeAccessTests(factory), IClassFixture<PostgresAppFactory>;
