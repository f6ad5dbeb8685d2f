using System.Net;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Content;

/// <summary>The audit log filters, the redirect manager and the inline organisation, through the backoffice pages.</summary>
public abstract class BackofficeToolsTests(SinergieAppFactory factory)
{
    private Task<HttpClient> SignInAsync(string role) => factory.SignedInClientAsync(role);

    [Fact]
    public async Task The_audit_log_filters_by_item_action_person_and_date()
    {
        var page = Page();
        var id = await factory.CreateAsync(ContentTypes.Page, page, publish: true);
        using var client = await SignInAsync(Roles.Editor);
        var today = factory.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var byItem = WebUtility.HtmlDecode(await client.GetStringAsync($"/backoffice/registro?contenuto={id}"));
        var byAction = WebUtility.HtmlDecode(await client.GetStringAsync($"/backoffice/registro?contenuto={id}&azione=Publish"));
        var byOtherPerson = WebUtility.HtmlDecode(await client.GetStringAsync($"/backoffice/registro?contenuto={id}&utente=nessuno-cosi"));
        var byFutureDate = WebUtility.HtmlDecode(await client.GetStringAsync($"/backoffice/registro?contenuto={id}&dal=2099-01-01"));
        var byToday = WebUtility.HtmlDecode(await client.GetStringAsync($"/backoffice/registro?contenuto={id}&dal={today}&al={today}&utente=redazione"));
        var badFilter = await client.GetAsync("/backoffice/registro?dal=ieri&azione=Inventata");

        Assert.Contains("Attività trovate: 2", byItem, StringComparison.Ordinal);
        Assert.Contains("data-action=\"Create\"", byItem, StringComparison.Ordinal);
        Assert.Contains("Attività trovate: 1", byAction, StringComparison.Ordinal);
        Assert.Contains("Pubblicazione", byAction, StringComparison.Ordinal);
        Assert.Contains("Attività trovate: 0", byOtherPerson, StringComparison.Ordinal);
        Assert.Contains("Attività trovate: 0", byFutureDate, StringComparison.Ordinal);
        Assert.Contains("Attività trovate: 2", byToday, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, badFilter.StatusCode);
        Assert.Contains("non è valido", WebUtility.HtmlDecode(await badFilter.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_add_and_remove_redirects_and_loops_are_refused_with_a_message()
    {
        using var client = await SignInAsync(Roles.Editor);
        var from = "/vecchio-" + Guid.NewGuid().ToString("N")[..8];

        var added = await client.SubmitAsync("/backoffice/redirect", [new("From", from), new("To", "/chi-siamo")], "/backoffice/redirect?handler=Add");
        var loop = await client.SubmitAsync("/backoffice/redirect", [new("From", "/chi-siamo"), new("To", from)], "/backoffice/redirect?handler=Add");
        var followed = await client.GetAsync(from);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("creerebbe un ciclo", WebUtility.HtmlDecode(await loop.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MovedPermanently, followed.StatusCode);
        Assert.Equal("/chi-siamo", followed.Headers.Location?.OriginalString);

        var redirectId = await factory.DbAsync(db => db.Redirects.Where(r => r.FromPath == from).Select(r => r.Id).SingleAsync());
        var removed = await client.SubmitAsync("/backoffice/redirect", [new("id", redirectId.ToString(System.Globalization.CultureInfo.InvariantCulture))], "/backoffice/redirect?handler=Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(from)).StatusCode);
        Assert.True(await factory.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.RedirectRemove && a.Details!.Contains(from))));
    }

    [Fact]
    public async Task A_provider_can_be_created_inline_while_saving_a_card()
    {
        using var client = await SignInAsync(Roles.Editor);
        var organisationName = Unique("Associazione nata nel modulo");
        var title = Unique("Spazio compiti");

        var response = await client.SubmitAsync("/backoffice/servizi/nuova",
        [
            new("Document.Title", title), new("Document.ShortDescription", "Breve"), new("Document.Description", "<p>Testo</p>"),
            new("Document.Category", "pre-post-scuola"), new("NewOrganisation.Name", organisationName), new("NewOrganisation.Kind", "Association"),
        ], "/backoffice/servizi/nuova?handler=SaveWithNewOrganisation");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organisation = await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Title == organisationName && i.ContentType == ContentTypes.Organisation));
        var card = await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Title == title));
        Assert.Equal(organisation.Id, card.OrganisationId);
        Assert.False(organisation.IsPublished);
    }
}

public sealed class BackofficeToolsTestsOnSqlite(SqliteAppFactory factory) : BackofficeToolsTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class BackofficeToolsTestsOnPostgres(PostgresAppFactory factory) : BackofficeToolsTests(factory), IClassFixture<PostgresAppFactory>;
