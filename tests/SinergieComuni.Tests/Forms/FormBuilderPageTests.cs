using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Features.Identity;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Forms;

/// <summary>The form builder page /backoffice/moduli: its hidden definition is read, checked and saved. Runs once per provider.</summary>
public abstract partial class FormBuilderPageTests(SinergieAppFactory factory)
{
    private const string NewPath = "/backoffice/moduli/nuova";

    private Task<HttpClient> EditorAsync() => factory.SignedInClientAsync(Roles.Editor);

    private Task<int> CountAsync() => factory.DbAsync(db => db.ContentItems.CountAsync(i => i.ContentType == ContentTypes.Form));

    private static FormField Consent() => new() { Key = "consenso", Type = FormFieldType.Consent, Label = "Acconsento al trattamento dei dati.", Required = true };

    /// <summary>Two pages: a name and a yes/no question, then a number shown only when the answer is "si".</summary>
    private static FormDocument TwoPageForm() => new()
    {
        Pages =
        [
            new FormPage
            {
                Key = "pagina-1",
                Groups =
                [
                    new FormGroup
                    {
                        Key = "gruppo-1",
                        Fields =
                        [
                            new FormField { Key = "nome", Type = FormFieldType.ShortText, Label = "Nome", Required = true, Autocomplete = "given-name" },
                            new FormField
                            {
                                Key = "smart-working", Type = FormFieldType.SingleChoice, Label = "Lavori in smart working?",
                                Options = [new FormOption { Value = "si", Label = "Sì" }, new FormOption { Value = "no", Label = "No" }],
                            },
                            Consent(),
                        ],
                    },
                ],
            },
            new FormPage
            {
                Key = "pagina-2",
                Title = "Organizzazione del lavoro",
                Groups =
                [
                    new FormGroup
                    {
                        Key = "gruppo-2",
                        Fields =
                        [
                            new FormField
                            {
                                Key = "giorni", Type = FormFieldType.Number, Label = "Giorni di smart working a settimana", Min = "1", Max = "5",
                                Condition = new FormCondition { Rules = [new FormRule { Field = "smart-working", Operator = RuleOperator.Equals, Value = "si" }] },
                            },
                        ],
                    },
                ],
            },
        ],
        Settings = new FormSettings { SubmitLabel = "Invia le risposte", NotifyEmails = ["ufficio@prova.it"], ReaderRoles = [Roles.SocialManager], RetentionDays = 90 },
    };

    private static string Definition(FormDocument form) =>
        JsonSerializer.Serialize(new { pages = form.Pages, settings = form.Settings }, ContentJson.Options);

    private static async Task<FormDocument> LatestAsync(SinergieAppFactory factory, Guid id)
    {
        var json = await factory.DbAsync(async db =>
        {
            var item = await db.ContentItems.SingleAsync(i => i.Id == id);
            return await db.ContentVersions.Where(v => v.ItemId == id && v.Number == item.LatestVersion).Select(v => v.DataJson).SingleAsync();
        });
        return ContentJson.Deserialize<FormDocument>(json);
    }

    private static Guid IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = EditorAddress().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, $"Redirected to {response.Headers.Location}, not to a form editor.");
        return Guid.Parse(match.Groups[1].Value);
    }

    [Fact]
    public async Task The_preview_shows_a_draft_form_with_its_steps_and_questions_and_no_way_to_send_it()
    {
        var form = FormFixtures.Conditional(Unique("Anteprima del modulo"));
        var id = await factory.CreateAsync(ContentTypes.Form, form, publish: false);
        var editor = await EditorAsync();

        var html = WebUtility.HtmlDecode(await (await editor.GetAsync($"/backoffice/anteprima/{id}")).Content.ReadAsStringAsync());

        Assert.Contains(form.Title, html);
        Assert.Contains("Giorni di smart working", html);
        Assert.Contains("data-page=\"smart\"", html);
        Assert.Contains("Nell'anteprima il modulo non può essere inviato.", html);
        Assert.DoesNotContain("modulo_token", html);
        Assert.DoesNotContain("method=\"post\" action=\"/moduli", html);
    }

    [Fact]
    public async Task A_new_form_starts_with_one_page_one_group_and_a_required_consent()
    {
        using var client = await EditorAsync();

        var response = await client.GetAsync(NewPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var value = WebUtility.HtmlDecode(DefinitionValue().Match(html).Groups[1].Value);
        var definition = JsonSerializer.Deserialize<FormDocument>(value, ContentJson.Options)!;
        var page = Assert.Single(definition.Pages);
        var group = Assert.Single(page.Groups);
        var consent = Assert.Single(group.Fields);
        Assert.Equal(FormFieldType.Consent, consent.Type);
        Assert.True(consent.Required);
        Assert.Equal("Ho letto l'informativa sulla privacy e acconsento al trattamento dei miei dati personali.", consent.Label);
        Assert.Contains("serve JavaScript", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_a_valid_definition_creates_the_form_with_its_pages_condition_and_settings()
    {
        using var client = await EditorAsync();
        var title = Unique("Questionario conciliazione");

        var response = await client.SubmitAsync(NewPath,
            [new("Document.Title", title), new("Document.Slug", ""), new("DefinitionJson", Definition(TwoPageForm())), new("OpensAt", "2026-03-29T02:30"), new("ClosesAt", "2026-07-01T18:00")],
            NewPath + "?handler=Save");

        // 02:30 of the last Sunday of March does not exist in Rome: nothing is stored, the person is told why.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("non esiste (cambio dell'ora legale)", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await factory.DbAsync(db => db.ContentItems.CountAsync(i => i.Title == title)));

        response = await client.SubmitAsync(NewPath,
            [new("Document.Title", title), new("Document.Slug", ""), new("DefinitionJson", Definition(TwoPageForm())), new("OpensAt", "2026-03-30T09:00"), new("ClosesAt", "2026-07-01T18:00")],
            NewPath + "?handler=Save");

        var id = IdFrom(response);
        var form = await LatestAsync(factory, id);
        Assert.Equal(2, form.Pages.Count);
        Assert.Equal(["nome", "smart-working", "consenso", "giorni"], form.AllFields().Select(f => f.Key));
        var rule = Assert.Single(form.Field("giorni")!.Condition!.Rules);
        Assert.Equal(("smart-working", RuleOperator.Equals, "si"), (rule.Field, rule.Operator, rule.Value));
        Assert.Equal("Invia le risposte", form.Settings.SubmitLabel);
        Assert.Equal([Roles.SocialManager], form.Settings.ReaderRoles);
        Assert.Equal(90, form.Settings.RetentionDays);
        Assert.Equal(new DateTime(2026, 3, 30, 7, 0, 0, DateTimeKind.Utc), form.Settings.OpensUtc);
        Assert.Equal(new DateTime(2026, 7, 1, 16, 0, 0, DateTimeKind.Utc), form.Settings.ClosesUtc);
        var item = await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == id));
        Assert.Equal(title, item.Title);
        Assert.StartsWith("questionario-conciliazione-", item.Slug, StringComparison.Ordinal);
        Assert.False(item.IsPublished);

        // The editor shows the stored definition again, times back in Rome's wall clock.
        var editor = WebUtility.HtmlDecode(await (await client.GetAsync($"/backoffice/moduli/{id}")).Content.ReadAsStringAsync());
        Assert.Contains("\"giorni\"", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-03-30T09:00\"", editor, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ questo non è json")]
    [InlineData("{\"pages\": [null]}")]
    [InlineData("{\"pages\": [{\"key\": \"p\", \"groups\": [{\"key\": \"g\", \"fields\": [{\"key\": null, \"type\": \"ShortText\", \"label\": \"Nome\"}]}]}]}")]
    [InlineData("{\"pages\": [{\"key\": \"p\", \"groups\": [{\"key\": \"g\", \"fields\": [{\"key\": \"nome\", \"type\": \"Telepatia\", \"label\": \"Nome\"}]}]}]}")]
    [InlineData("{\"pages\": [{\"key\": \"p\", \"groups\": [{\"key\": \"g\", \"fields\": [{\"key\": \"nome\", \"type\": 99, \"label\": \"Nome\"}]}]}]}")]
    [InlineData("{\"pages\": [{\"key\": \"p\", \"groups\": [{\"key\": \"g\", \"fields\": []}]}], \"settings\": {\"retentionDays\": \"molti\"}}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    public async Task An_unreadable_definition_is_refused_in_Italian_and_nothing_is_saved(string json)
    {
        using var client = await EditorAsync();
        var before = await CountAsync();

        var response = await client.SubmitAsync(NewPath,
            [new("Document.Title", Unique("Modulo rotto")), new("DefinitionJson", json)], NewPath + "?handler=Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("non sono arrivate in un formato leggibile", html, StringComparison.Ordinal);
        Assert.Contains("non è stato salvato nulla", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Definition_errors_are_listed_with_their_place_and_given_to_the_builder_and_nothing_is_saved()
    {
        using var client = await EditorAsync();
        var before = await CountAsync();
        var form = TwoPageForm();
        var fields = form.Pages[0].Groups[0].Fields;
        fields[1].Key = "nome";
        fields[0].Condition = new FormCondition { Rules = [new FormRule { Field = "consenso", Operator = RuleOperator.IsEmpty }] };

        var response = await client.SubmitAsync(NewPath,
            [new("Document.Title", Unique("Modulo con errori")), new("DefinitionJson", Definition(form))], NewPath + "?handler=Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var html = WebUtility.HtmlDecode(raw);
        Assert.Contains("Pagina 1, gruppo 1, domanda 2 «Lavori in smart working?»: Il codice «nome» è già usato nel modulo", html, StringComparison.Ordinal);
        Assert.Contains("Pagina 1, gruppo 1, domanda 1 «Nome»: Una condizione può guardare solo una domanda che viene prima.", html, StringComparison.Ordinal);

        var errors = JsonSerializer.Deserialize<Dictionary<string, string[]>>(BuilderErrors().Match(html).Groups[1].Value)!;
        Assert.Contains("Pages[0].Groups[0].Fields[1].Key", errors.Keys);
        Assert.Contains("Pages[0].Groups[0].Fields[0].Condition.Rules[0].Field", errors.Keys);

        // What was posted comes back to the builder, so no work is lost.
        var posted = JsonSerializer.Deserialize<FormDocument>(WebUtility.HtmlDecode(DefinitionValue().Match(raw).Groups[1].Value), ContentJson.Options)!;
        Assert.Equal("nome", posted.Pages[0].Groups[0].Fields[1].Key);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_form_that_stores_answers_without_consent_is_refused()
    {
        using var client = await EditorAsync();
        var before = await CountAsync();
        var form = TwoPageForm();
        form.Pages[0].Groups[0].Fields.RemoveAll(f => f.Type == FormFieldType.Consent);

        var response = await client.SubmitAsync(NewPath,
            [new("Document.Title", Unique("Modulo senza consenso")), new("DefinitionJson", Definition(form))], NewPath + "?handler=Save");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("deve avere un campo obbligatorio di consenso", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_missing_title_keeps_the_posted_questions_and_settings()
    {
        using var client = await EditorAsync();
        var before = await CountAsync();

        var response = await client.SubmitAsync(NewPath,
            [new("Document.Title", ""), new("DefinitionJson", Definition(TwoPageForm()))], NewPath + "?handler=Save");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Il titolo è obbligatorio.", html, StringComparison.Ordinal);
        Assert.Contains("\"giorni\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Invia le risposte\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Duplicating_a_form_creates_a_draft_copy_with_the_same_definition_and_a_new_address()
    {
        var original = TwoPageForm();
        original.Title = Unique("Adesione alla rete");
        var id = await factory.CreateAsync(ContentTypes.Form, original, publish: true);
        using var client = await EditorAsync();

        var response = await client.SubmitAsync($"/backoffice/moduli/{id}", [], $"/backoffice/moduli/{id}?handler=Duplicate");

        var copyId = IdFrom(response);
        Assert.NotEqual(id, copyId);
        var copy = await LatestAsync(factory, copyId);
        Assert.Equal("Copia di " + original.Title, copy.Title);
        Assert.Equal(original.AllFields().Select(f => f.Key), copy.AllFields().Select(f => f.Key));
        Assert.Equal("si", copy.Field("giorni")!.Condition!.Rules[0].Value);
        var items = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id || i.Id == copyId).ToListAsync());
        var copyItem = items.Single(i => i.Id == copyId);
        Assert.False(copyItem.IsPublished);
        Assert.NotEqual(items.Single(i => i.Id == id).Slug, copyItem.Slug);
        Assert.StartsWith("copia-di-adesione-alla-rete-", copyItem.Slug, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await (await client.GetAsync(response.Headers.Location)).Content.ReadAsStringAsync());
        Assert.Contains("una copia in bozza", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_answers_warns_that_changing_a_code_splits_its_column()
    {
        var form = TwoPageForm();
        form.Title = Unique("Modulo con risposte");
        var id = await factory.CreateAsync(ContentTypes.Form, form, publish: true);
        using var client = await EditorAsync();
        var before = WebUtility.HtmlDecode(await (await client.GetAsync($"/backoffice/moduli/{id}")).Content.ReadAsStringAsync());
        Assert.DoesNotContain("data-entry-count", before, StringComparison.Ordinal);

        await factory.DbAsync(async db =>
        {
            db.FormEntries.Add(new FormEntry { FormId = id, FormVersion = 1, SubmissionId = Guid.NewGuid(), CreatedUtc = DateTime.UtcNow, AnswersJson = "{\"nome\":[\"Anna\"]}" });
            return await db.SaveChangesAsync();
        });

        var after = WebUtility.HtmlDecode(await (await client.GetAsync($"/backoffice/moduli/{id}")).Content.ReadAsStringAsync());
        Assert.Contains("Il modulo ha già ricevuto una risposta.", after, StringComparison.Ordinal);
        Assert.Contains("\"entries\":1", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_may_not_open_create_or_duplicate_forms()
    {
        var id = await factory.CreateAsync(ContentTypes.Form, new FormDocument { Title = Unique("Contatti"), Pages = [new FormPage { Key = "p", Groups = [new FormGroup { Key = "g", Fields = [Consent()] }] }] });
        var organisation = await factory.CreateAsync(ContentTypes.Organisation, Organisation());
        var email = $"referente-{Guid.NewGuid():N}@prova.it";
        var password = await factory.CreateUserAsync(email, organisation, Roles.PartnerRepresentative);
        using var partner = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await partner.LogInAsync(email, password)).StatusCode);
        var before = await CountAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync(NewPath)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/backoffice/moduli/{id}")).StatusCode);

        // Posting with a valid token (taken from a page the partner may open) is refused too.
        var home = await (await partner.GetAsync("/backoffice")).Content.ReadAsStringAsync();
        var token = HtmlForms.AntiforgeryToken(home);
        var create = await partner.PostAsync(NewPath + "?handler=Save", new FormUrlEncodedContent(
            [new("Document.Title", Unique("Modulo del partner")), new("DefinitionJson", Definition(TwoPageForm())), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var duplicate = await partner.PostAsync($"/backoffice/moduli/{id}?handler=Duplicate", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, duplicate.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [GeneratedRegex("name=\"DefinitionJson\" id=\"definition-json\" value=\"([^\"]*)\"")]
    private static partial Regex DefinitionValue();

    [GeneratedRegex("<script type=\"application/json\" id=\"form-builder-errors\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex BuilderErrors();

    [GeneratedRegex(@"^/backoffice/moduli/([0-9a-f-]{36})$")]
    private static partial Regex EditorAddress();
}

public sealed class FormBuilderPageTestsOnSqlite(SqliteAppFactory factory) : FormBuilderPageTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class FormBuilderPageTestsOnPostgres(PostgresAppFactory factory) : FormBuilderPageTests(factory), IClassFixture<PostgresAppFactory>;
