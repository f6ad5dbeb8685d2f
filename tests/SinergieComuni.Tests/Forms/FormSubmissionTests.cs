using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Tests.Forms;

/// <summary>/moduli/{slug}: what the server accepts, refuses and stores. Each test publishes forms of its own.</summary>
public abstract class FormSubmissionTests(SinergieAppFactory factory)
{
    private Task<List<FormEntry>> EntriesAsync(Guid formId) =>
        factory.DbAsync(db => db.FormEntries.AsNoTracking().Where(e => e.FormId == formId).ToListAsync());

    [Fact]
    public async Task A_valid_submission_is_stored_once_with_its_version_normalised_answers_and_no_address()
    {
        var (id, slug) = await factory.PublishFormAsync(FormFixtures.EveryType());
        var client = factory.CreateBrowserLikeClient();

        var response = await client.FillAsync(slug, FormFixtures.ValidAnswers().With("f.figli", "2,0").With("f.data", "04/05/2026"), [("f.allegato", "Modulo (1).PDF", FormFixtures.Pdf)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/moduli/{slug}/grazie", response.Headers.Location?.OriginalString);
        var entry = Assert.Single(await EntriesAsync(id));
        Assert.Equal(1, entry.FormVersion);
        Assert.Equal(EntryState.New, entry.State);
        Assert.Equal("maria.rossi@esempio.it", entry.Email);
        var answers = FormAnswers.Parse(entry.AnswersJson);
        Assert.Equal(["2"], answers["figli"]);
        Assert.Equal(["2026-05-04"], answers["data"]);
        Assert.Equal(["pre-scuola", "centro-estivo"], answers["servizi"]);
        Assert.Equal(["5"], answers["effetti:conciliazione"]);
        Assert.Equal(["Due righe\ndi note"], answers["note"]);
        Assert.Equal(["ludoteca"], answers["servizio"]);
        Assert.DoesNotContain("asma", entry.SearchText);
        Assert.Contains("maria", entry.SearchText);
        var file = Assert.Single(await factory.DbAsync(db => db.FormEntryFiles.Where(f => f.EntryId == entry.Id).ToListAsync()));
        Assert.Equal("modulo-1.pdf", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal([file.Id.ToString()], answers["allegato"]);
        Assert.True(File.Exists(Path.Combine(factory.DataPath, "files", file.StorageKey)));
        var page = await (await client.GetAsync($"/moduli/{slug}/grazie")).Content.ReadAsStringAsync();
        Assert.Contains("abbiamo ricevuto la tua risposta", page);
    }

    public static TheoryData<string, string[], string> Refusals() => new()
    {
        { "f.nome", [""], "«Nome» è obbligatorio." },
        { "f.nome", ["M"], "«Nome» deve avere almeno 2 caratteri." },
        { "f.nome", [new string('x', 51)], "«Nome» può avere al massimo 50 caratteri (ne hai scritti 51)." },
        { "f.nome", ["Maria", "Anna"], "«Nome»: è attesa una sola risposta." },
        { "f.note", [new string('y', 10_000)], "«Note» può avere al massimo 4000 caratteri (ne hai scritti 10000)." },
        { "f.email", ["maria@"], "«Email»: scrivi un indirizzo email valido" },
        { "f.telefono", ["chiamami"], "«Telefono»: scrivi un numero di telefono valido" },
        { "f.figli", ["due"], "«Figli»: scrivi un numero" },
        { "f.figli", ["11"], "«Figli»: il valore massimo è 10." },
        { "f.figli", ["1e3"], "«Figli»: scrivi un numero" },
        { "f.data", ["31/02/2026"], "«Data»: scrivi una data valida" },
        { "f.data", ["2019-12-31"], "«Data»: la data non può essere prima del 01/01/2020." },
        { "f.comune", [""], "«Comune»: scegli una risposta." },
        { "f.comune", ["milano"], "«Comune»: scegli una delle risposte proposte." },
        { "f.fascia", ["c"], "«Fascia»: scegli una delle risposte proposte." },
        { "f.servizi", ["pre-scuola", "pre-scuola"], "«Servizi»: scegli tra le risposte proposte." },
        { "f.servizi", ["tata"], "«Servizi»: scegli tra le risposte proposte." },
        { "f.difficolta", ["6"], "«Difficoltà»: scegli un valore da 1 a 5." },
        { "f.effetti:benessere", [""], "«Effetti»: rispondi a ogni affermazione." },
        { "f.effetti:benessere", ["0"], "«Effetti»: scegli un valore da 1 a 5 per «Etichetta benessere»." },
        { "f.codice", ["abc12"], "Il codice ha tre lettere maiuscole e due cifre." },
        { "f.servizio", [new string('s', 501)], "«Servizio» può avere al massimo 500 caratteri" },
        { "f.consenso", [""], "Per inviare il modulo devi dare il consenso al trattamento dei dati." },
        { "f.consenso", ["forse"], "Per inviare il modulo devi dare il consenso al trattamento dei dati." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Each_field_type_refuses_bad_answers_with_an_Italian_message_keeping_the_values_and_storing_nothing(string name, string[] values, string message)
    {
        var (id, slug) = await factory.PublishFormAsync(FormFixtures.EveryType());
        var client = factory.CreateBrowserLikeClient();

        var response = await client.FillAsync(slug, FormFixtures.ValidAnswers().With(name, values));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, html);
        Assert.Contains("data-error-summary", html);
        Assert.Contains("<title>Errore:", html);
        Assert.Contains(name == "f.telefono" ? "value=\"Maria\"" : "value=\"+39 333 1234567\"", html);
        Assert.Empty(await EntriesAsync(id));
    }

    [Fact]
    public async Task Files_are_checked_by_content_with_safe_names_and_size_limits()
    {
        var (id, slug) = await factory.PublishFormAsync(FormFixtures.EveryType());
        var client = factory.CreateBrowserLikeClient();

        var lying = await client.FillAsync(slug, FormFixtures.ValidAnswers(), [("f.allegato", "relazione.pdf", FormFixtures.Png)]);
        Assert.Contains("non corrisponde alla sua estensione", WebUtility.HtmlDecode(await lying.Content.ReadAsStringAsync()));

        var script = await client.FillAsync(slug, FormFixtures.ValidAnswers(), [("f.allegato", "virus.pdf", "<script>alert(1)</script>"u8.ToArray())]);
        Assert.Contains("non è di un tipo ammesso (PDF, PNG)", WebUtility.HtmlDecode(await script.Content.ReadAsStringAsync()));

        var big = new byte[(1024 * 1024) + 1];
        FormFixtures.Pdf.CopyTo(big, 0);
        var tooBig = await client.FillAsync(slug, FormFixtures.ValidAnswers(), [("f.allegato", "grande.pdf", big)]);
        Assert.Contains("supera 1 MB", WebUtility.HtmlDecode(await tooBig.Content.ReadAsStringAsync()));
        Assert.Empty(await EntriesAsync(id));

        var path = await client.FillAsync(slug, FormFixtures.ValidAnswers(), [("f.allegato", "../../etc/Immagine Profilo.png", FormFixtures.Png)]);
        Assert.Equal(HttpStatusCode.Redirect, path.StatusCode);
        var entry = Assert.Single(await EntriesAsync(id));
        var file = Assert.Single(await factory.DbAsync(db => db.FormEntryFiles.Where(f => f.EntryId == entry.Id).ToListAsync()));
        Assert.Equal("immagine-profilo.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
    }

    [Fact]
    public async Task Hostile_posts_get_clear_messages_and_store_nothing()
    {
        var (id, slug) = await factory.PublishFormAsync(FormFixtures.EveryType());
        var client = factory.CreateBrowserLikeClient();

        // Unknown fields are ignored; script tags are kept as text (pages and exports escape them).
        var unknown = await client.FillAsync(slug, FormFixtures.ValidAnswers().With("f.inventato", "x").With("Document.Title", "y").With("f.nome", "<script>alert(1)</script>"));
        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        var entry = Assert.Single(await EntriesAsync(id));
        var answers = FormAnswers.Parse(entry.AnswersJson);
        Assert.False(answers.ContainsKey("inventato"));
        Assert.Equal(["<script>alert(1)</script>"], answers["nome"]);

        // A 200,000-character answer: refused by its field's limit, or by the form reader's limit when URL-encoded.
        var shown = await client.ShowFormAsync($"/moduli/{slug}");
        var huge = await client.PostFormAsync(slug, shown, FormFixtures.ValidAnswers().With("f.note", new string('z', 200_000)));
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains("«Note» può avere al massimo 4000 caratteri (ne hai scritti 200000).", WebUtility.HtmlDecode(await huge.Content.ReadAsStringAsync()));
        var encoded = await client.PostAsync($"/moduli/{slug}", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", shown.Antiforgery), new(FormGuard.TokenName, shown.Token), .. FormFixtures.ValidAnswers().With("f.note", new string('z', 200_000))]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, encoded.StatusCode);
        var hugeHtml = WebUtility.HtmlDecode(await encoded.Content.ReadAsStringAsync());
        Assert.Contains("supera la dimensione consentita", hugeHtml);
        Assert.DoesNotContain("Exception", hugeHtml);

        var oversized = await client.PostFormAsync(slug, shown, FormFixtures.ValidAnswers(), [("f.allegato", "enorme.pdf", new byte[FormsFeature.MaxRequestBytes + 1024])]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        var oversizedHtml = await oversized.Content.ReadAsStringAsync();
        Assert.Contains("supera la dimensione consentita", oversizedHtml);
        Assert.DoesNotContain("Exception", oversizedHtml);

        // No anti-forgery token: refused with the Italian error page.
        var forged = await client.PostAsync($"/moduli/{slug}", new FormUrlEncodedContent(FormFixtures.ValidAnswers()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Richiesta non valida", await forged.Content.ReadAsStringAsync());

        // A tampered anti-spam token: the form comes back with the values and a message.
        var tampered = await client.PostFormAsync(slug, shown with { Token = shown.Token[..^4] + "AAAA" }, FormFixtures.ValidAnswers());
        Assert.Equal(HttpStatusCode.OK, tampered.StatusCode);
        var tamperedHtml = WebUtility.HtmlDecode(await tampered.Content.ReadAsStringAsync());
        Assert.Contains("La pagina del modulo è scaduta", tamperedHtml);
        Assert.Contains("value=\"maria.rossi@esempio.it\"", tamperedHtml);

        Assert.Single(await EntriesAsync(id));
    }

    [Fact]
    public async Task A_hidden_field_is_ignored_and_a_hidden_mandatory_field_is_not_required()
    {
        var (id, slug) = await factory.PublishFormAsync(FormFixtures.Conditional());
        var client = factory.CreateBrowserLikeClient();

        var presence = await client.FillAsync(slug, [new("f.modalita", "presenza"), new("f.giorni", "9"), new("f.consenso", "si")]);
        Assert.Equal(HttpStatusCode.Redirect, presence.StatusCode);
        var stored = FormAnswers.Parse(Assert.Single(await EntriesAsync(id)).AnswersJson);
        Assert.False(stored.ContainsKey("giorni"));

        var smartWithout = await client.FillAsync(slug, [new("f.modalita", "smart"), new("f.consenso", "si")]);
        Assert.Contains("«Giorni di smart working» è obbligatorio.", WebUtility.HtmlDecode(await smartWithout.Content.ReadAsStringAsync()));

        var smart = await client.FillAsync(slug, [new("f.modalita", "smart"), new("f.giorni", "3"), new("f.consenso", "si")]);
        Assert.Equal(HttpStatusCode.Redirect, smart.StatusCode);
        Assert.Contains(await EntriesAsync(id), e => FormAnswers.Parse(e.AnswersJson).TryGetValue("giorni", out var days) && days.SequenceEqual(["3"]));
    }

    [Fact]
    public async Task Two_hundred_concurrent_submissions_are_each_stored_exactly_once()
    {
        var form = FormFixtures.Conditional();
        var (id, slug) = await factory.PublishFormAsync(form);
        var client = factory.CreateBrowserLikeClient();
        var shown = new List<FormFixtures.ShownForm>();
        for (var i = 0; i < 200; i++)
        {
            shown.Add(await client.ShowFormAsync($"/moduli/{slug}"));
        }

        // Every form is sent once, and twenty of them a second time at the same moment (double clicks).
        var posts = shown.Select((s, i) => (s, i)).Concat(shown.Take(20).Select((s, i) => (s, i)))
            .Select(p => client.PostFormAsync(slug, p.s, [new("f.modalita", "smart"), new("f.giorni", (1 + (p.i % 5)).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("f.consenso", "si")]));
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var entries = await EntriesAsync(id);
        Assert.Equal(200, entries.Count);
        Assert.Equal(200, entries.Select(e => e.SubmissionId).Distinct().Count());
    }

    [Fact]
    public async Task The_honeypot_and_a_too_quick_post_show_the_normal_success_page_and_store_nothing()
    {
        var (id, slug) = await factory.PublishFormAsync(FormFixtures.Conditional());
        var answers = new List<KeyValuePair<string, string>> { new("f.modalita", "presenza"), new("f.consenso", "si") };
        var client = factory.CreateBrowserLikeClient();

        var shown = await client.ShowFormAsync($"/moduli/{slug}");
        Assert.Contains("name=\"sito_web\"", shown.Html);
        var bot = await client.PostFormAsync(slug, shown, answers, honeypot: "https://spam.example");
        Assert.Equal(HttpStatusCode.Redirect, bot.StatusCode);
        Assert.Equal($"/moduli/{slug}/grazie", bot.Headers.Location?.OriginalString);
        Assert.Empty(await EntriesAsync(id));

        using var patient = factory.WithWebHostBuilder(b => b.UseSetting("Forms:MinFillSeconds", "3"));
        var timed = patient.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = SinergieAppFactory.BaseAddress });
        var quick = await timed.PostFormAsync(slug, await timed.ShowFormAsync($"/moduli/{slug}"), answers);
        Assert.Equal(HttpStatusCode.Redirect, quick.StatusCode);
        Assert.Equal($"/moduli/{slug}/grazie", quick.Headers.Location?.OriginalString);
        Assert.Empty(await EntriesAsync(id));

        var person = await timed.ShowFormAsync($"/moduli/{slug}");
        factory.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(HttpStatusCode.Redirect, (await timed.PostFormAsync(slug, person, answers)).StatusCode);
        Assert.Single(await EntriesAsync(id));
    }

    [Fact]
    public async Task Posts_beyond_the_per_client_limit_get_the_Italian_429_page_while_reading_stays_free()
    {
        var (id, slug) = await factory.PublishFormAsync(FormFixtures.Conditional());
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Forms:SubmissionsPerMinute", "2"));
        var client = limited.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = SinergieAppFactory.BaseAddress });
        var answers = new List<KeyValuePair<string, string>> { new("f.modalita", "presenza"), new("f.consenso", "si") };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostFormAsync(slug, await client.ShowFormAsync($"/moduli/{slug}"), answers)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        var refused = await client.PostFormAsync(slug, await client.ShowFormAsync($"/moduli/{slug}"), answers);
        Assert.Contains("Troppe richieste", await refused.Content.ReadAsStringAsync());
        Assert.Equal(2, (await EntriesAsync(id)).Count);
    }

    [Fact]
    public async Task An_entry_keeps_the_version_it_answered_after_the_form_changes()
    {
        var form = FormFixtures.EveryType();
        var (id, slug) = await factory.PublishFormAsync(form);
        var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.FillAsync(slug, FormFixtures.ValidAnswers())).StatusCode);

        form.Pages[0].Groups[0].Fields.RemoveAll(f => f.Key == "telefono");
        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.Revision).SingleAsync());
        Assert.True((await factory.WorkflowAsync(w => w.SaveAsync(ContentFixtures.Editor, id, form, revision, CancellationToken.None))).Succeeded);
        Assert.True((await factory.WorkflowAsync(w => w.PublishAsync(ContentFixtures.Editor, id, null, CancellationToken.None))).Succeeded);
        Assert.Equal(HttpStatusCode.Redirect, (await client.FillAsync(slug, FormFixtures.ValidAnswers())).StatusCode);

        var entries = (await EntriesAsync(id)).OrderBy(e => e.FormVersion).ToList();
        Assert.Equal([1, 2], entries.Select(e => e.FormVersion));
        Assert.Equal(["+39 333 1234567"], FormAnswers.Parse(entries[0].AnswersJson)["telefono"]);
        Assert.False(FormAnswers.Parse(entries[1].AnswersJson).ContainsKey("telefono"));
        await using var scope = factory.Services.CreateAsyncScope();
        var definitions = scope.ServiceProvider.GetRequiredService<FormDefinitions>();
        var old = await definitions.VersionAsync(id, 1, CancellationToken.None);
        Assert.Equal("Telefono", old!.Field("telefono")!.Label);
    }

    [Fact]
    public async Task Notifications_and_the_confirmation_go_to_the_outbox_without_sensitive_answers()
    {
        var form = FormFixtures.EveryType();
        form.Settings.NotifyEmails = ["segreteria@prova.it"];
        form.Settings.ConfirmationEmail = true;
        form.Settings.ConfirmationMessage = "Ti ricontatteremo entro una settimana.";
        var (id, slug) = await factory.PublishFormAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserLikeClient().FillAsync(slug, FormFixtures.ValidAnswers())).StatusCode);

        var mail = await factory.DbAsync(db => db.OutboxMessages.Where(m => m.Subject.Contains(form.Title)).ToListAsync());
        var notification = Assert.Single(mail, m => m.To == "segreteria@prova.it");
        var confirmation = Assert.Single(mail, m => m.To == "maria.rossi@esempio.it");
        Assert.Contains("Nome:\n  Maria", notification.Body);
        Assert.Contains("/backoffice/moduli/" + id, notification.Body);
        Assert.Contains("Ti ricontatteremo entro una settimana.", confirmation.Body);
        Assert.Contains("Comune:\n  Etichetta melegnano", confirmation.Body);
        Assert.All(mail, m => Assert.DoesNotContain("asma", m.Body));
        Assert.All(mail, m => Assert.DoesNotContain("ludoteca", m.Body));
    }

    [Fact]
    public async Task Drafts_closed_and_not_yet_open_forms_take_no_answers()
    {
        var draftId = await factory.CreateAsync(ContentTypes.Form, FormFixtures.Conditional(), publish: false);
        var draftSlug = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == draftId).Select(i => i.Slug).SingleAsync());
        var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/moduli/{draftSlug}")).StatusCode);

        var closed = FormFixtures.Conditional();
        closed.Settings.ClosesUtc = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var (closedId, closedSlug) = await factory.PublishFormAsync(closed);
        var page = WebUtility.HtmlDecode(await (await client.GetAsync($"/moduli/{closedSlug}")).Content.ReadAsStringAsync());
        Assert.Contains("non accetta più risposte", page);
        Assert.DoesNotContain("modulo_token", page);
        var antiforgery = HtmlForms.AntiforgeryToken(await (await client.GetAsync("/moduli/" + (await factory.PublishFormAsync(FormFixtures.Conditional())).Slug)).Content.ReadAsStringAsync());
        var post = await client.PostAsync($"/moduli/{closedSlug}", new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery), new("f.modalita", "presenza"), new("f.consenso", "si")]));
        Assert.Contains("non accetta più risposte", WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync()));
        Assert.Empty(await EntriesAsync(closedId));

        var later = FormFixtures.Conditional();
        later.Settings.OpensUtc = factory.Clock.GetUtcNow().UtcDateTime.AddDays(2);
        var (_, laterSlug) = await factory.PublishFormAsync(later);
        Assert.Contains("sarà aperto dal", WebUtility.HtmlDecode(await (await client.GetAsync($"/moduli/{laterSlug}")).Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_hidden_field_is_filled_from_the_address_and_the_service_is_named()
    {
        var card = ContentFixtures.ServiceCard(null, ContentFixtures.Unique("Ludoteca comunale"));
        await factory.CreateAsync(ContentTypes.Service, card, publish: true);
        var cardSlug = await factory.DbAsync(db => db.ContentItems.Where(i => i.Title == card.Title).Select(i => i.PublishedSlug).SingleAsync());
        var (_, slug) = await factory.PublishFormAsync(FormFixtures.EveryType());

        var html = WebUtility.HtmlDecode(await (await factory.CreateClient().GetAsync($"/moduli/{slug}?servizio={cardSlug}")).Content.ReadAsStringAsync());

        Assert.Contains($"name=\"f.servizio\" value=\"{cardSlug}\"", html);
        Assert.Contains($"Servizio richiesto:</strong> {card.Title}", html);
    }

    [Fact]
    public async Task One_answer_per_person_works_through_a_personal_link()
    {
        var form = FormFixtures.EveryType();
        form.Settings.OneAnswerPerPerson = true;
        var (id, slug) = await factory.PublishFormAsync(form);
        var client = factory.CreateBrowserLikeClient();

        var first = await client.GetAsync($"/moduli/{slug}");
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains("una sola risposta per persona", html);
        Assert.DoesNotContain("modulo_token", html);
        var asked = await client.SubmitAsync($"/moduli/{slug}", [new("email", "Luca@Prova.it")], $"/moduli/{slug}?handler=Invitation");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var mail = Assert.Single(await factory.DbAsync(db => db.OutboxMessages.Where(m => m.To == "luca@prova.it").ToListAsync()));
        var link = System.Text.RegularExpressions.Regex.Match(mail.Body, "/moduli/[^\\s]+\\?invito=([A-Za-z0-9_-]+)");
        Assert.True(link.Success, mail.Body);

        var shown = await client.ShowFormAsync(link.Value);
        var answers = FormFixtures.ValidAnswers().With("invito", link.Groups[1].Value);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(slug, shown, answers)).StatusCode);
        Assert.Single(await EntriesAsync(id));

        var again = await client.GetAsync(link.Value);
        Assert.Contains("già stato usato", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        var replay = await client.PostFormAsync(slug, shown, answers);
        Assert.Contains("non è valido oppure è già stato usato", WebUtility.HtmlDecode(await replay.Content.ReadAsStringAsync()));
        Assert.Single(await EntriesAsync(id));
    }
}

public sealed class FormSubmissionTestsOnSqlite(SqliteAppFactory factory) : FormSubmissionTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class FormSubmissionTestsOnPostgres(PostgresAppFactory factory) : FormSubmissionTests(factory), IClassFixture<PostgresAppFactory>;
