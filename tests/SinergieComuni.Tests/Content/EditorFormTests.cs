using System.Net;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Content;

/// <summary>The backoffice editor forms: Italian messages for bad input, nothing stored, conflicts detected. Runs once per provider.</summary>
public abstract class EditorFormTests(SinergieAppFactory factory)
{
    private Task<HttpClient> EditorAsync() => factory.SignedInClientAsync(Roles.Editor);

    private Task<int> CountAsync() => factory.DbAsync(db => db.ContentItems.CountAsync());

    [Fact]
    public async Task A_new_page_with_bad_input_shows_Italian_messages_and_stores_nothing()
    {
        using var client = await EditorAsync();
        var before = await CountAsync();

        var response = await client.SubmitAsync("/backoffice/pagine/nuova",
            [new("Document.Title", ""), new("Document.Slug", "Non Valido!"), new("Document.SortOrder", "molti")],
            "/backoffice/pagine/nuova?handler=Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Il titolo è obbligatorio.", html, StringComparison.Ordinal);
        Assert.Contains("molti", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_page_saved_with_an_empty_slug_gets_one_from_the_title()
    {
        using var client = await EditorAsync();
        var title = Unique("Pagina senza indirizzo è così");

        var response = await client.SubmitAsync("/backoffice/pagine/nuova",
            [new("Document.Title", title), new("Document.Slug", ""), new("Document.Summary", ""), new("Document.SortOrder", "3")],
            "/backoffice/pagine/nuova?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Title == title));
        Assert.StartsWith("pagina-senza-indirizzo-e-cosi-", item.Slug, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_with_bad_codes_and_contacts_is_refused_in_Italian()
    {
        using var client = await EditorAsync();
        var before = await CountAsync();

        var response = await client.SubmitAsync("/backoffice/organizzazioni/nuova",
            [new("Document.Title", Unique("Cooperativa")), new("Document.Email", "non-una-email"), new("Document.VatNumber", "123"), new("Document.Website", "ftp:/x"), new("Document.Phone", "chiamami")],
            "/backoffice/organizzazioni/nuova?handler=Save");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("L'email non è valida.", html, StringComparison.Ordinal);
        Assert.Contains("La partita IVA è formata da 11 cifre.", html, StringComparison.Ordinal);
        Assert.Contains("Il sito web non è un indirizzo valido.", html, StringComparison.Ordinal);
        Assert.Contains("Il telefono può contenere solo cifre", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_service_card_with_inconsistent_ages_hours_and_numbers_is_refused_in_Italian()
    {
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation());
        using var client = await EditorAsync();
        var before = await CountAsync();

        var response = await client.SubmitAsync("/backoffice/servizi/nuova",
        [
            new("Document.Title", Unique("Nido")), new("Document.ShortDescription", "Breve"), new("Document.Description", "<p>Testo</p>"),
            new("Document.Category", "prima-infanzia"), new("Document.OrganisationId", organisation.ToString()),
            new("Document.MinimumAge", "6"), new("Document.MaximumAge", "3"),
            new("Document.Venues[0].Name", "Sede"), new("Document.Venues[0].Address", "Via Roma 1"), new("Document.Venues[0].Municipality", "melegnano"),
            new("Document.Venues[0].Latitude", "quarantacinque"), new("Document.Venues[0].PostalCode", "123"),
            new("Document.Venues[0].Hours.Slots[0].Day", "Monday"), new("Document.Venues[0].Hours.Slots[0].Opens", "14:00"), new("Document.Venues[0].Hours.Slots[0].Closes", "09:00"),
            new("Document.Contacts[0].Name", "Segreteria"), new("Document.Contacts[0].Phone", "telefono"),
        ], "/backoffice/servizi/nuova?handler=Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("quarantacinque", html, StringComparison.Ordinal);
        Assert.Contains("non è valido", html, StringComparison.Ordinal);
        Assert.Contains("Il CAP è formato da 5 cifre.", html, StringComparison.Ordinal);
        Assert.Contains("Il telefono può contenere solo cifre", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());

        var fixedNumbers = await client.SubmitAsync("/backoffice/servizi/nuova",
        [
            new("Document.Title", Unique("Nido")), new("Document.ShortDescription", "Breve"), new("Document.Description", "<p>Testo</p>"),
            new("Document.Category", "prima-infanzia"), new("Document.OrganisationId", organisation.ToString()),
            new("Document.MinimumAge", "6"), new("Document.MaximumAge", "3"),
            new("Document.Venues[0].Name", "Sede"), new("Document.Venues[0].Address", "Via Roma 1"), new("Document.Venues[0].Municipality", "melegnano"),
            new("Document.Venues[0].Latitude", "45.3583"), new("Document.Venues[0].Longitude", "9.3236"),
            new("Document.Venues[0].Hours.Slots[0].Day", "Monday"), new("Document.Venues[0].Hours.Slots[0].Opens", "14:00"), new("Document.Venues[0].Hours.Slots[0].Closes", "09:00"),
        ], "/backoffice/servizi/nuova?handler=Save");
        var second = WebUtility.HtmlDecode(await fixedNumbers.Content.ReadAsStringAsync());
        Assert.Contains("L'età massima non può essere minore dell'età minima.", second, StringComparison.Ordinal);
        Assert.Contains("l'orario di chiusura deve venire dopo quello di apertura", second, StringComparison.Ordinal);
        Assert.Contains("value=\"45.3583\"", second, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_valid_card_is_saved_from_the_form_with_decimal_coordinates_and_hours()
    {
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation());
        using var client = await EditorAsync();
        var title = Unique("Micronido");

        var response = await client.SubmitAsync("/backoffice/servizi/nuova",
        [
            new("Document.Title", title), new("Document.ShortDescription", "Breve"), new("Document.Description", "<p>Testo</p>"),
            new("Document.Category", "prima-infanzia"), new("Document.OrganisationId", organisation.ToString()), new("Document.Municipalities", "dresano"),
            new("Document.Venues[0].Name", "Sede"), new("Document.Venues[0].Address", "Via Roma 1"), new("Document.Venues[0].Municipality", "dresano"),
            new("Document.Venues[0].Latitude", "45.3736"), new("Document.Venues[0].Longitude", "9.36"),
            new("Document.Venues[0].Hours.Slots[0].Day", "Tuesday"), new("Document.Venues[0].Hours.Slots[0].Opens", "08:30"), new("Document.Venues[0].Hours.Slots[0].Closes", "16:00"),
            new("Document.CostOptions[0].Kind", "IseeBased"), new("Document.CostOptions[0].Label", "Retta"), new("Document.CostOptions[0].Amount", "320.50"),
            new("Document.RequestThroughPlatform", "false"),
        ], "/backoffice/servizi/nuova?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Title == title));
        var json = await factory.DbAsync(db => db.ContentVersions.Where(v => v.ItemId == item.Id).Select(v => v.DataJson).SingleAsync());
        var card = ContentJson.Deserialize<SinergieComuni.Web.Features.Services.ServiceCardDocument>(json);
        Assert.Equal(45.3736, card.Venues[0].Latitude);
        Assert.Equal(new TimeOnly(8, 30), card.Venues[0].Hours.Slots[0].Opens);
        Assert.Equal(DayOfWeek.Tuesday, card.Venues[0].Hours.Slots[0].Day);
        Assert.Equal(320.50m, card.CostOptions[0].Amount);
        Assert.False(card.RequestThroughPlatform);
        Assert.Equal(organisation, item.OrganisationId);
        Assert.False(item.IsPublished);
    }

    [Fact]
    public async Task Adding_a_row_keeps_the_values_and_saves_nothing()
    {
        using var client = await EditorAsync();
        var before = await CountAsync();
        var title = Unique("Centro estivo");

        var response = await client.SubmitAsync("/backoffice/servizi/nuova",
            [new("Document.Title", title), new("Document.Venues[0].Name", "Prima sede")],
            "/backoffice/servizi/nuova?handler=AddRow&list=Venues");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("Sede 1: Prima sede", html, StringComparison.Ordinal);
        Assert.Contains("Sede 2", html, StringComparison.Ordinal);
        Assert.Contains("Le modifiche non sono ancora salvate", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("Images")]
    [InlineData("Attachments")]
    [InlineData("Inventata")]
    [InlineData("Venues[7].Hours.Slots")]
    [InlineData("")]
    public async Task A_crafted_row_request_changes_nothing_and_never_fails(string list)
    {
        using var client = await EditorAsync();
        var before = await CountAsync();

        var response = await client.SubmitAsync("/backoffice/servizi/nuova", [new("Document.Title", "Prova")],
            "/backoffice/servizi/nuova?handler=AddRow&list=" + Uri.EscapeDataString(list));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("data-image=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-attachment=", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Saving_from_a_stale_form_is_refused_with_the_way_to_compare()
    {
        var page = Page();
        var id = await factory.CreateAsync(ContentTypes.Page, page);
        using var anna = await EditorAsync();
        using var bruno = await EditorAsync();
        var url = $"/backoffice/pagine/{id}";
        var staleRevision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).SingleAsync());
        string Rev() => staleRevision.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var first = await anna.SubmitAsync(url, [new("Revision", Rev()), new("Document.Title", page.Title + " Anna"), new("Document.Slug", page.Slug)], url + "?handler=Save");
        var second = await bruno.SubmitAsync(url, [new("Revision", Rev()), new("Document.Title", page.Title + " Bruno"), new("Document.Slug", page.Slug)], url + "?handler=Save");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.Contains("Qualcun altro ha modificato questo contenuto", html, StringComparison.Ordinal);
        Assert.Contains(page.Title + " Bruno", html, StringComparison.Ordinal);
        Assert.Contains($"/backoffice/cronologia/{id}", html, StringComparison.Ordinal);
        Assert.EndsWith("Anna", (await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == id))).Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduling_a_time_that_does_not_exist_in_Italy_is_refused_in_Italian()
    {
        var id = await factory.CreateAsync(ContentTypes.Page, Page());
        using var client = await EditorAsync();
        var url = $"/backoffice/pagine/{id}";

        // 28 March 2027: clocks jump from 02:00 to 03:00 in Italy, so 02:30 never happens.
        var gap = await client.SubmitAsync(url, [new("Workflow.PublishAt", "2027-03-28T02:30")], url + "?handler=Schedule");
        var garbage = await client.SubmitAsync(url, [new("Workflow.PublishAt", "domani mattina")], url + "?handler=Schedule");

        Assert.Equal(HttpStatusCode.OK, gap.StatusCode);
        Assert.Contains("non esiste (cambio dell'ora legale)", WebUtility.HtmlDecode(await gap.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
        Assert.Contains("non è valido", WebUtility.HtmlDecode(await garbage.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.PublishAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task History_compares_two_versions_field_by_field_in_Italian()
    {
        var page = Page();
        var id = await factory.CreateAsync(ContentTypes.Page, page);
        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).SingleAsync());
        var changed = Page(page.Title);
        changed.Slug = page.Slug;
        changed.Summary = "Sommario cambiato";
        await factory.WorkflowAsync(w => w.SaveAsync(Editor, id, changed, revision, CancellationToken.None));
        using var client = await EditorAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/backoffice/cronologia/{id}?da=1&a=2"));

        Assert.Contains("Sommario", html, StringComparison.Ordinal);
        Assert.Contains("Sommario cambiato", html, StringComparison.Ordinal);
        Assert.Contains("data-version=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains(Editor.UserName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_shows_what_waits_for_approval_what_was_sent_back_and_what_is_scheduled()
    {
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation(), publish: true);
        var submitted = await factory.CreateAsync(ContentTypes.Service, ServiceCard(organisation));
        var sentBack = await factory.CreateAsync(ContentTypes.Service, ServiceCard(organisation));
        var scheduled = await factory.CreateAsync(ContentTypes.Page, Page());
        var partner = Partner(organisation);
        await factory.WorkflowAsync(w => w.SubmitAsync(partner, submitted, null, CancellationToken.None));
        await factory.WorkflowAsync(w => w.SubmitAsync(partner, sentBack, null, CancellationToken.None));
        await factory.WorkflowAsync(w => w.SendBackAsync(Editor, sentBack, "Manca il costo.", null, CancellationToken.None));
        await factory.WorkflowAsync(w => w.ScheduleAsync(Editor, scheduled, factory.Clock.GetUtcNow().UtcDateTime.AddDays(2), null, null, CancellationToken.None));
        var titles = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == submitted || i.Id == sentBack || i.Id == scheduled).ToDictionaryAsync(i => i.Id, i => i.Title));
        using var client = await EditorAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/backoffice"));

        Assert.Contains(titles[submitted], Section(html, "da-approvare"), StringComparison.Ordinal);
        Assert.Contains(titles[sentBack], Section(html, "rimandati"), StringComparison.Ordinal);
        Assert.Contains("Manca il costo.", Section(html, "rimandati"), StringComparison.Ordinal);
        Assert.Contains(titles[scheduled], Section(html, "programmati"), StringComparison.Ordinal);
    }

    private static string Section(string html, string name)
    {
        var start = html.IndexOf($"data-dashboard=\"{name}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, name);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}

public sealed class EditorFormTestsOnSqlite(SqliteAppFactory factory) : EditorFormTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class EditorFormTestsOnPostgres(PostgresAppFactory factory) : EditorFormTests(factory), IClassFixture<PostgresAppFactory>;
