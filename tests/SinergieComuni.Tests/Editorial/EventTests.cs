using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Editorial;
using SinergieComuni.Web.Features.Identity;
using static SinergieComuni.Tests.Editorial.EditorialFixtures;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Editorial;

/// <summary>Events: Rome times, lists, the month calendar, iCalendar files and the editor. Runs once per provider.</summary>
public abstract partial class EventTests(SinergieAppFactory factory)
{
    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal);

    [Fact]
    public async Task Times_typed_in_the_editor_are_Rome_times_on_both_sides_of_the_change_to_summer_time()
    {
        using var client = await factory.SignedInClientAsync(Roles.Editor);
        var before = Unique("Evento prima del cambio");
        var after = Unique("Evento dopo il cambio");

        // Summer time starts on Sunday 30 March 2031: 10:00 in Rome is 09:00 UTC before, 08:00 UTC after.
        foreach (var (title, day) in new[] { (before, "2031-03-29"), (after, "2031-03-31") })
        {
            var response = await client.SubmitAsync("/backoffice/eventi/nuova",
                [new("Document.Title", title), new("Document.Summary", "Un evento per il cambio dell'ora."), new("When.StartDate", day), new("When.StartTime", "10:00"), new("When.EndTime", "12:30"), new("Document.AllDay", "false")],
                "/backoffice/eventi/nuova?handler=SaveAndPublish");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var items = await factory.DbAsync(db => db.ContentItems.Where(i => i.Title == before || i.Title == after).ToListAsync());
        var slugBefore = items.Single(i => i.Title == before).PublishedSlug;
        var slugAfter = items.Single(i => i.Title == after).PublishedSlug;

        Assert.Contains("sabato 29 marzo 2031, 10:00–12:30", (await GetAsync("/eventi/" + slugBefore)).Html, StringComparison.Ordinal);
        Assert.Contains("lunedì 31 marzo 2031, 10:00–12:30", (await GetAsync("/eventi/" + slugAfter)).Html, StringComparison.Ordinal);
        var icsBefore = Unfold(await factory.CreateClient().GetStringAsync($"/eventi/{slugBefore}.ics"));
        var icsAfter = Unfold(await factory.CreateClient().GetStringAsync($"/eventi/{slugAfter}.ics"));
        Assert.Contains("\r\nDTSTART:20310329T090000Z\r\nDTEND:20310329T113000Z\r\n", icsBefore, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART:20310331T080000Z\r\nDTEND:20310331T103000Z\r\n", icsAfter, StringComparison.Ordinal);
        // The editor shows the stored times back on the Rome clock.
        var editor = WebUtility.HtmlDecode(await client.GetStringAsync($"/backoffice/eventi/{items.Single(i => i.Title == after).Id}"));
        Assert.Contains("name=\"When.StartTime\" type=\"time\" value=\"10:00\"", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_refuses_an_end_before_the_start_and_a_time_that_does_not_exist_in_Italian()
    {
        using var client = await factory.SignedInClientAsync(Roles.Editor);
        var title = Unique("Evento sbagliato");

        var inverted = await client.SubmitAsync("/backoffice/eventi/nuova",
            [new("Document.Title", title), new("Document.Summary", "Sommario."), new("When.StartDate", "2031-05-10"), new("When.StartTime", "18:00"), new("When.EndDate", "2031-05-10"), new("When.EndTime", "17:00")],
            "/backoffice/eventi/nuova?handler=Save");
        var skipped = await client.SubmitAsync("/backoffice/eventi/nuova",
            [new("Document.Title", title), new("Document.Summary", "Sommario."), new("When.StartDate", "2031-03-30"), new("When.StartTime", "02:30")],
            "/backoffice/eventi/nuova?handler=Save");
        var missing = await client.SubmitAsync("/backoffice/eventi/nuova",
            [new("Document.Title", title), new("Document.Summary", "Sommario.")],
            "/backoffice/eventi/nuova?handler=Save");

        Assert.Equal(HttpStatusCode.OK, inverted.StatusCode);
        Assert.Contains("La fine dell'evento non può essere prima dell'inizio.", WebUtility.HtmlDecode(await inverted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("non esiste (cambio dell'ora legale)", WebUtility.HtmlDecode(await skipped.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Indica la data di inizio dell'evento.", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.DbAsync(db => db.ContentItems.AnyAsync(i => i.Title == title)));
    }

    [Fact]
    public async Task The_workflow_refuses_an_event_that_ends_before_it_starts()
    {
        var document = Event(Utc(2031, 6, 1, 10), Utc(2031, 6, 1, 9));

        var result = await factory.WorkflowAsync(w => w.CreateAsync(Editor, ContentTypes.Event, document, CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Contains("La fine dell'evento non può essere prima dell'inizio.", result.Errors!["EndsAtUtc"]);
    }

    [Fact]
    public async Task The_ics_file_is_folded_escaped_in_utc_with_a_stable_uid()
    {
        var document = Event(Utc(2031, 9, 12, 8), Utc(2031, 9, 12, 10, 30), "Riunione, prova; con \\ barra");
        document.Summary = "Un incontro lungo: " + string.Concat(Enumerable.Repeat("perché è così, più o meno; ", 8));
        document.Body = "<p>Prima riga</p><p>Seconda riga</p>";
        var id = await factory.CreateAsync(ContentTypes.Event, document, publish: true);
        var slug = await factory.SlugAsync(id);
        var client = factory.CreateClient();

        var response = await client.GetAsync($"/eventi/{slug}.ics");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var again = await client.GetStringAsync($"/eventi/{slug}.ics");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("[^\r]\n"), text);
        var physical = text.Split("\r\n")[..^1];
        Assert.All(physical, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
        Assert.Contains(physical, line => line.StartsWith(' '));
        var lines = Unfold(text).Split("\r\n");
        Assert.Contains("SUMMARY:Riunione\\, prova\\; con \\\\ barra", lines);
        Assert.Contains("DTSTART:20310912T080000Z", lines);
        Assert.Contains("DTEND:20310912T103000Z", lines);
        Assert.Contains("GEO:45.3583;9.3236", lines);
        Assert.Contains("LOCATION:Sala di prova\\, Via delle Prove 1\\, Melegnano", lines);
        Assert.Contains(lines, l => l.StartsWith("DESCRIPTION:Un incontro lungo: perché è così\\, più o meno\\; ", StringComparison.Ordinal) && l.Contains("\\n\\nPrima riga", StringComparison.Ordinal));
        Assert.Contains($"UID:{id:D}@sinergie.test", lines);
        Assert.Contains($"URL:https://sinergie.test/eventi/{slug}", lines);
        Assert.Equal(text, again);
        Assert.Equal(1, lines.Count(l => l == "BEGIN:VEVENT"));
    }

    [Fact]
    public async Task An_all_day_event_is_written_with_dates()
    {
        var document = Event(Utc(2031, 10, 3, 22), Utc(2031, 10, 4, 22));
        document.AllDay = true;
        var id = await factory.CreateAsync(ContentTypes.Event, document, publish: true);
        var slug = await factory.SlugAsync(id);

        var lines = Unfold(await factory.CreateClient().GetStringAsync($"/eventi/{slug}.ics")).Split("\r\n");
        var html = (await GetAsync("/eventi/" + slug)).Html;

        Assert.Contains("DTSTART;VALUE=DATE:20311004", lines);
        Assert.Contains("DTEND;VALUE=DATE:20311006", lines);
        Assert.Contains("da sabato 4 ottobre 2031 a domenica 5 ottobre 2031", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_month_calendar_puts_an_event_on_its_Rome_day_in_a_Monday_to_Sunday_grid()
    {
        // 23:30 UTC on 13 July is 01:30 on 14 July in Rome.
        var title = Unique("Evento in calendario");
        var id = await factory.CreateAsync(ContentTypes.Event, Event(Utc(2032, 7, 13, 23, 30), null, title), publish: true);
        var slug = await factory.SlugAsync(id);

        var (status, html) = await GetAsync("/eventi/calendario?mese=2032-07");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<caption class=\"visually-hidden\">Eventi di luglio 2032", html, StringComparison.Ordinal);
        Assert.Matches("<th scope=\"col\"><abbr title=\"lunedì\">lun</abbr></th>", html);
        var cell = DayCell().Match(html[html.IndexOf("data-day=\"2032-07-14\"", StringComparison.Ordinal)..]).Value;
        Assert.Contains($"href=\"/eventi/{slug}\"", cell, StringComparison.Ordinal);
        Assert.Contains("01:30 " + title, cell, StringComparison.Ordinal);
        var previousDay = DayCell().Match(html[html.IndexOf("data-day=\"2032-07-13\"", StringComparison.Ordinal)..]).Value;
        Assert.DoesNotContain(slug, previousDay, StringComparison.Ordinal);
        // July 2032 starts on a Thursday: the grid starts on Monday 28 June.
        Assert.True(html.IndexOf("data-day=\"2032-06-28\"", StringComparison.Ordinal) < html.IndexOf("data-day=\"2032-07-01\"", StringComparison.Ordinal));
        Assert.Contains("href=\"/eventi/calendario?mese=2032-06\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/eventi/calendario?mese=2032-08\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2032-13")]
    [InlineData("luglio")]
    [InlineData("99999-01")]
    public async Task A_bad_month_gets_an_Italian_message_and_400(string month)
    {
        var (status, html) = await GetAsync("/eventi/calendario?mese=" + Uri.EscapeDataString(month));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Il mese richiesto non è valido", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_and_unpublished_events_never_appear_in_lists_calendar_or_calendars()
    {
        var start = Now.AddDays(2);
        var draft = Unique("Evento in bozza");
        var withdrawn = Unique("Evento ritirato");
        var draftId = await factory.CreateAsync(ContentTypes.Event, Event(start, start.AddHours(1), draft));
        var withdrawnId = await factory.CreateAsync(ContentTypes.Event, Event(start, start.AddHours(1), withdrawn), publish: true);
        Assert.True((await factory.WorkflowAsync(w => w.UnpublishAsync(Editor, withdrawnId, null, CancellationToken.None))).Succeeded);
        var month = EventMonth.Format(start.Year, start.Month);
        var client = factory.CreateClient();

        foreach (var url in new[] { "/eventi", "/eventi?periodo=passati", "/eventi/calendario?mese=" + month, "/eventi/feed.ics", "/eventi/feed.rss", "/sitemap.xml" })
        {
            var text = Unfold(await client.GetStringAsync(url));
            Assert.DoesNotContain(draft, text, StringComparison.Ordinal);
            Assert.DoesNotContain(withdrawn, text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/eventi/{await factory.SlugAsync(draftId)}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/eventi/{await factory.SlugAsync(withdrawnId)}")).StatusCode);
    }

    [Fact]
    public async Task Upcoming_and_past_lists_and_the_feed_split_events_by_the_current_time()
    {
        var soon = Unique("Evento imminente");
        var over = Unique("Evento concluso ieri");
        await factory.CreateAsync(ContentTypes.Event, Event(Now.AddMinutes(30), Now.AddHours(2), soon), publish: true);
        var pastId = await factory.CreateAsync(ContentTypes.Event, Event(Now.AddDays(-1), Now.AddDays(-1).AddHours(1), over), publish: true);

        var upcoming = (await GetAsync("/eventi")).Html;
        var past = (await GetAsync("/eventi?periodo=passati")).Html;
        var feed = Unfold(await factory.CreateClient().GetStringAsync("/eventi/feed.ics"));
        var pastPage = (await GetAsync("/eventi/" + await factory.SlugAsync(pastId))).Html;

        Assert.Contains(soon, upcoming, StringComparison.Ordinal);
        Assert.DoesNotContain(over, upcoming, StringComparison.Ordinal);
        Assert.Contains(over, past, StringComparison.Ordinal);
        Assert.DoesNotContain(soon, past, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:" + IcsWriter.Escape(soon), feed, StringComparison.Ordinal);
        Assert.DoesNotContain(IcsWriter.Escape(over), feed, StringComparison.Ordinal);
        Assert.Contains("Evento concluso", pastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_page_links_registration_to_a_published_form_with_the_event_and_offers_the_ics()
    {
        var document = Event(Now.AddDays(20), Now.AddDays(20).AddHours(2));
        document.RegistrationFormSlug = "iscrizione-evento";
        var id = await factory.CreateAsync(ContentTypes.Event, document, publish: true);
        var slug = await factory.SlugAsync(id);

        var html = (await GetAsync("/eventi/" + slug)).Html;
        var form = (await GetAsync($"/moduli/iscrizione-evento?evento={slug}")).Html;

        Assert.Contains($"href=\"/moduli/iscrizione-evento?evento={slug}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/eventi/{slug}.ics\"", html, StringComparison.Ordinal);
        Assert.Contains("data-service-map=", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{slug}\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registration_form_that_is_not_published_is_refused()
    {
        var document = Event(Now.AddDays(20));
        document.RegistrationFormSlug = "modulo-che-non-esiste";

        var result = await factory.WorkflowAsync(w => w.CreateAsync(Editor, ContentTypes.Event, document, CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Contains("Il modulo di iscrizione scelto non è pubblicato: scegline uno pubblicato.", result.Errors!["RegistrationFormSlug"]);
    }

    [GeneratedRegex("^.*?</td>", RegexOptions.Singleline)]
    private static partial Regex DayCell();
}

public sealed class EventTestsOnSqlite(SqliteAppFactory factory) : EventTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class EventTestsOnPostgres(PostgresAppFactory factory) : EventTests(factory), IClassFixture<PostgresAppFactory>;
