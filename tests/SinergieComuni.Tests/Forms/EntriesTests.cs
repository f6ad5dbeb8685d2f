using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.Media;
using SinergieComuni.Web.Infrastructure;
using static SinergieComuni.Tests.Forms.EntryFixtures;

namespace SinergieComuni.Tests.Forms;

/// <summary>The backoffice entries of a form: list filters, detail, state, delete, permissions, files, versioning and exports.</summary>
public abstract partial class EntriesTests(SinergieAppFactory factory)
{
    private static string List(Guid formId) => $"/backoffice/moduli/{formId}/risposte";

    private static string Detail(Guid formId, Guid entryId) => $"{List(formId)}/{entryId}";

    private static string Export(Guid formId, string query) => $"{List(formId)}/esporta?{query}";

    private static DateTime Utc(int month, int day, int hour, int minute) => new(2025, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static List<Guid> EntryIds(string html) => [.. EntryRow().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

    private async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<List<string[]>> CsvAsync(HttpClient client, Guid formId, string query = "stato=tutte")
    {
        var response = await client.GetAsync(Export(formId, "formato=csv&" + query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
    }

    private async Task<XlsxSheet> XlsxAsync(HttpClient client, Guid formId, string query = "stato=tutte")
    {
        var response = await client.GetAsync(Export(formId, "formato=xlsx&" + query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        return XlsxSheet.Open(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_list_filters_by_rome_days_text_and_state_and_the_export_follows_it()
    {
        var formId = (await factory.PublishFormAsync(Form())).Id;
        var lateEvening = await factory.AddEntryAsync(formId, Answers(("nome", "Anna Bianchi")), Utc(3, 10, 22, 30)); // 23:30 of 10 March in Rome
        var afterMidnight = await factory.AddEntryAsync(formId, Answers(("nome", "Mario Rossi")), Utc(3, 10, 23, 30)); // 00:30 of 11 March in Rome
        var archived = await factory.AddEntryAsync(formId, Answers(("nome", "Maria Rossi")), Utc(3, 11, 9, 0), EntryState.Archived);
        var read = await factory.AddEntryAsync(formId, Answers(("nome", "Luca Rossini")), Utc(3, 12, 9, 0), EntryState.Read);
        using var client = await factory.SignedInClientAsync(Roles.Editor);

        Assert.Equal([read.Id, afterMidnight.Id, lateEvening.Id], EntryIds(await PageAsync(client, List(formId))));
        Assert.Equal([afterMidnight.Id], EntryIds(await PageAsync(client, List(formId) + "?dal=11/03/2025&al=2025-03-11")));
        Assert.Equal([archived.Id, afterMidnight.Id], EntryIds(await PageAsync(client, List(formId) + "?dal=2025-03-11&al=11/03/2025&stato=tutte")));
        Assert.Equal([lateEvening.Id], EntryIds(await PageAsync(client, List(formId) + "?al=10/03/2025")));
        Assert.Equal([read.Id, afterMidnight.Id], EntryIds(await PageAsync(client, List(formId) + "?q=%20ROSSI%20")));
        Assert.Equal([read.Id, archived.Id, afterMidnight.Id], EntryIds(await PageAsync(client, List(formId) + "?q=rossi&stato=tutte")));
        Assert.Equal([archived.Id], EntryIds(await PageAsync(client, List(formId) + "?stato=archiviata")));
        Assert.Equal([read.Id], EntryIds(await PageAsync(client, List(formId) + "?stato=letta")));
        Assert.Equal([afterMidnight.Id, lateEvening.Id], EntryIds(await PageAsync(client, List(formId) + "?stato=nuova")));
        Assert.Contains("2 risposte trovate su 4 in totale", WebUtility.HtmlDecode(await PageAsync(client, List(formId) + "?stato=nuova")), StringComparison.Ordinal);

        var bad = WebUtility.HtmlDecode(await PageAsync(client, List(formId) + "?dal=ieri&al=2025-13-01&stato=boh"));
        Assert.Empty(EntryIds(bad));
        Assert.Contains("La data iniziale («dal») non è una data valida", bad, StringComparison.Ordinal);
        Assert.Contains("La data finale («al») non è una data valida", bad, StringComparison.Ordinal);
        Assert.Contains("Lo stato deve essere «nuova», «letta», «archiviata» o «tutte».", bad, StringComparison.Ordinal);
        Assert.Contains("viene dopo la data finale", WebUtility.HtmlDecode(await PageAsync(client, List(formId) + "?dal=2025-03-12&al=2025-03-11")), StringComparison.Ordinal);

        var filtered = await CsvAsync(client, formId, "q=rossi");
        Assert.Equal(["Luca Rossini", "Mario Rossi"], filtered.Skip(1).Select(r => r[3]));
        Assert.Equal(["2025-03-12 10:00", "2025-03-11 00:30"], filtered.Skip(1).Select(r => r[0]));
        Assert.Equal(5, (await CsvAsync(client, formId)).Count);
    }

    [Fact]
    public async Task Opening_a_new_entry_shows_its_answers_and_marks_it_read()
    {
        var formId = (await factory.PublishFormAsync(Form())).Id;
        var answers = Answers(("nome", "Giulia Verdi"), ("comune", "dresano"), ("note", "Prima riga\nSeconda riga"), ("consenso", "si"));
        answers[FormAnswers.RowKey("soddisfazione", "orari")] = ["4"];
        var entry = await factory.AddEntryAsync(formId, answers, demo: true, files: ("documento", "certificato.pdf", "%PDF-1.4 prova"u8.ToArray()));
        using var client = await factory.SignedInClientAsync(Roles.Editor);

        var html = WebUtility.HtmlDecode(await PageAsync(client, Detail(formId, entry.Id)));

        Assert.Contains("Giulia Verdi", html, StringComparison.Ordinal);
        Assert.Contains("Dresano", html, StringComparison.Ordinal);
        Assert.Matches(@"Prima riga\s*<br>\s*Seconda riga", html);
        Assert.Contains("Orari: 4", html, StringComparison.Ordinal);
        Assert.Contains("Risposta dimostrativa", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Detail(formId, entry.Id)}/file/{entry.FileIds[0]}\"", html, StringComparison.Ordinal);
        Assert.Contains(">certificato.pdf</a>", html, StringComparison.Ordinal);
        var stored = await factory.DbAsync(db => db.FormEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id));
        Assert.Equal(EntryState.Read, stored.State);
        Assert.StartsWith("editor-", stored.UpdatedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_archives_an_entry_and_deletes_it_with_its_files()
    {
        var formId = (await factory.PublishFormAsync(Form())).Id;
        var entry = await factory.AddEntryAsync(formId, Answers(("nome", "Da cancellare")), files: ("documento", "allegato.pdf", "%PDF-1.4 da cancellare"u8.ToArray()));
        var other = await factory.AddEntryAsync(formId, Answers(("nome", "Da tenere")), files: ("documento", "altro.pdf", "%PDF-1.4 da tenere"u8.ToArray()));
        var storage = factory.Services.GetRequiredService<IFileStorage>();
        var key = "form-" + entry.FileIds[0].ToString("N");
        await using (var before = await storage.OpenReadAsync(key, CancellationToken.None))
        {
            Assert.NotNull(before);
        }

        using var client = await factory.SignedInClientAsync(Roles.Editor);
        var detail = Detail(formId, entry.Id);

        var archived = await client.SubmitAsync(detail, [new("stato", "archiviata")], detail + "?handler=State");
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Equal(EntryState.Archived, await factory.DbAsync(db => db.FormEntries.Where(e => e.Id == entry.Id).Select(e => e.State).SingleAsync()));
        Assert.Contains("ora è «archiviata»", WebUtility.HtmlDecode(await PageAsync(client, List(formId))), StringComparison.Ordinal);

        var badState = await client.SubmitAsync(detail, [new("stato", "cancellata")], detail + "?handler=State");
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
        Assert.Contains("Scegli lo stato", WebUtility.HtmlDecode(await badState.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.DoesNotContain("Elimina definitivamente", await PageAsync(client, detail), StringComparison.Ordinal);
        var deleted = await client.SubmitAsync(detail + "?elimina=true", [], detail + "?handler=Delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.DbAsync(db => db.FormEntries.AnyAsync(e => e.Id == entry.Id)));
        Assert.False(await factory.DbAsync(db => db.FormEntryFiles.AnyAsync(f => f.EntryId == entry.Id)));
        Assert.Null(await storage.OpenReadAsync(key, CancellationToken.None));
        await using (var kept = await storage.OpenReadAsync("form-" + other.FileIds[0].ToString("N"), CancellationToken.None))
        {
            Assert.NotNull(kept);
        }

        Assert.True(await factory.DbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.FormEntryDelete && a.ItemId == formId)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(detail)).StatusCode);
    }

    [Theory]
    [InlineData(Roles.PartnerRepresentative)]
    [InlineData(Roles.SocialManager)]
    public async Task Backoffice_users_the_form_does_not_name_as_readers_get_403(string role)
    {
        var formId = (await factory.PublishFormAsync(Form())).Id;
        var entry = await factory.AddEntryAsync(formId, Answers(("nome", "Riservata")), files: ("documento", "doc.pdf", "%PDF-1.4"u8.ToArray()));
        using var client = await factory.SignedInClientAsync(role);

        foreach (var url in new[] { List(formId), Detail(formId, entry.Id), Export(formId, "formato=csv"), Export(formId, "formato=xlsx"), $"{Detail(formId, entry.Id)}/file/{entry.FileIds[0]}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Riservata", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(EntryState.New, await factory.DbAsync(db => db.FormEntries.Where(e => e.Id == entry.Id).Select(e => e.State).SingleAsync()));
    }

    [Fact]
    public async Task A_role_named_as_reader_reads_entries_without_sensitive_answers_and_cannot_change_them()
    {
        var formId = (await factory.PublishFormAsync(Form(s => s.ReaderRoles = [Roles.SocialManager]))).Id;
        var entry = await factory.AddEntryAsync(formId, Answers(("nome", "Paolo Neri"), ("codice", "NRIPLA80A01F205X")));
        using var client = await factory.SignedInClientAsync(Roles.SocialManager);

        Assert.Equal([entry.Id], EntryIds(await PageAsync(client, List(formId))));
        var detail = WebUtility.HtmlDecode(await PageAsync(client, Detail(formId, entry.Id)));
        Assert.Contains("Paolo Neri", detail, StringComparison.Ordinal);
        Assert.Contains("Dato riservato", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("NRIPLA80A01F205X", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Salva lo stato", detail, StringComparison.Ordinal);

        var token = HtmlForms.AntiforgeryToken(detail);
        var post = await client.PostAsync(Detail(formId, entry.Id) + "?handler=Delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.True(await factory.DbAsync(db => db.FormEntries.AnyAsync(e => e.Id == entry.Id)));
        Assert.DoesNotContain("NRIPLA80A01F205X", string.Join("\n", (await CsvAsync(client, formId)).Select(r => string.Join(";", r))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sensitive_answers_are_hidden_from_editors_and_exports_unless_the_form_names_editors_and_shown_to_administrators()
    {
        var hidden = (await factory.PublishFormAsync(Form())).Id;
        var named = (await factory.PublishFormAsync(Form(s => s.SensitiveReaderRoles = [Roles.Editor]))).Id;
        var hiddenEntry = await factory.AddEntryAsync(hidden, Answers(("nome", "Sara Gialli"), ("codice", "GLLSRA90B41F205Y")));
        var namedEntry = await factory.AddEntryAsync(named, Answers(("nome", "Sara Gialli"), ("codice", "GLLSRA90B41F205Y")));
        using var editor = await factory.SignedInClientAsync(Roles.Editor);
        using var administrator = await factory.SignedInClientAsync(Roles.Administrator);

        var editorDetail = WebUtility.HtmlDecode(await PageAsync(editor, Detail(hidden, hiddenEntry.Id)));
        Assert.Contains("Codice fiscale", editorDetail, StringComparison.Ordinal);
        Assert.Contains("Dato riservato", editorDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("GLLSRA90B41F205Y", editorDetail, StringComparison.Ordinal);
        var editorCsv = await CsvAsync(editor, hidden);
        Assert.DoesNotContain("Codice fiscale", editorCsv[0]);
        Assert.DoesNotContain("GLLSRA90B41F205Y", editorCsv[1]);
        var editorXlsx = await XlsxAsync(editor, hidden);
        Assert.DoesNotContain("Codice fiscale", editorXlsx.Row(1));
        Assert.DoesNotContain("GLLSRA90B41F205Y", editorXlsx.Row(2));

        Assert.Contains("GLLSRA90B41F205Y", await PageAsync(editor, Detail(named, namedEntry.Id)), StringComparison.Ordinal);
        Assert.Contains("GLLSRA90B41F205Y", await PageAsync(administrator, Detail(hidden, hiddenEntry.Id)), StringComparison.Ordinal);
        var adminCsv = await CsvAsync(administrator, hidden);
        var column = Array.IndexOf(adminCsv[0], "Codice fiscale");
        Assert.True(column > 0);
        Assert.Equal("GLLSRA90B41F205Y", adminCsv[1][column]);
    }

    [Fact]
    public async Task An_attached_file_downloads_as_an_attachment_only_for_those_allowed_to_read_it()
    {
        var form = Form();
        form.AllFields().Single(f => f.Key == "documento").Sensitive = true;
        var sensitiveForm = (await factory.PublishFormAsync(form)).Id;
        var plainForm = (await factory.PublishFormAsync(Form())).Id;
        var bytes = "%PDF-1.4 il documento"u8.ToArray();
        var plain = await factory.AddEntryAsync(plainForm, Answers(("nome", "Con allegato")), files: ("documento", "carta-identita.pdf", bytes));
        var sensitive = await factory.AddEntryAsync(sensitiveForm, Answers(("nome", "Con allegato riservato")), files: ("documento", "certificato-medico.pdf", bytes));
        var other = await factory.AddEntryAsync(plainForm, Answers(("nome", "Altra")));
        using var editor = await factory.SignedInClientAsync(Roles.Editor);
        using var administrator = await factory.SignedInClientAsync(Roles.Administrator);
        using var partner = await factory.SignedInClientAsync(Roles.PartnerRepresentative);

        var response = await editor.GetAsync($"{Detail(plainForm, plain.Id)}/file/{plain.FileIds[0]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("carta-identita.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.True(response.Headers.CacheControl?.Private);

        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"{Detail(plainForm, plain.Id)}/file/{plain.FileIds[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{Detail(plainForm, other.Id)}/file/{plain.FileIds[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{Detail(sensitiveForm, plain.Id)}/file/{plain.FileIds[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"{Detail(sensitiveForm, sensitive.Id)}/file/{sensitive.FileIds[0]}")).StatusCode);
        Assert.DoesNotContain("certificato-medico.pdf", await PageAsync(editor, Detail(sensitiveForm, sensitive.Id)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"{Detail(sensitiveForm, sensitive.Id)}/file/{sensitive.FileIds[0]}")).StatusCode);
    }

    [Fact]
    public async Task An_entry_answered_before_a_question_was_removed_still_displays_and_exports_with_the_old_label()
    {
        var first = Form();
        first.Pages[0].Groups[0].Fields.Insert(1, new FormField { Key = "telefono", Type = FormFieldType.Phone, Label = "Telefono di casa" });
        var formId = (await factory.PublishFormAsync(first)).Id;
        var oldEntry = await factory.AddEntryAsync(formId, Answers(("nome", "Prima versione"), ("telefono", "02 1234567")), Utc(1, 10, 9, 0), version: 1);

        var second = Form();
        second.Title = first.Title;
        second.Slug = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == formId).Select(i => i.Slug).SingleAsync());
        second.AllFields().Single(f => f.Key == "nome").Label = "Nome completo";
        var version = await factory.PublishNewVersionAsync(formId, second);
        Assert.True(version > 1);
        var newEntry = await factory.AddEntryAsync(formId, Answers(("nome", "Seconda versione")), Utc(2, 10, 9, 0), version: version);
        using var client = await factory.SignedInClientAsync(Roles.Editor);

        var oldDetail = WebUtility.HtmlDecode(await PageAsync(client, Detail(formId, oldEntry.Id)));
        Assert.Contains("Telefono di casa", oldDetail, StringComparison.Ordinal);
        Assert.Contains("02 1234567", oldDetail, StringComparison.Ordinal);
        Assert.Contains("Nome e cognome", oldDetail, StringComparison.Ordinal);
        var newDetail = WebUtility.HtmlDecode(await PageAsync(client, Detail(formId, newEntry.Id)));
        Assert.Contains("Nome completo", newDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("Telefono di casa", newDetail, StringComparison.Ordinal);

        var csv = await CsvAsync(client, formId);
        Assert.Equal(
            ["Data", "Stato", "Versione", "Nome completo", "Comune", "Note", "Documento", "Soddisfazione – Orari", "Soddisfazione – Costi", "Acconsento al trattamento dei dati", "Telefono di casa"],
            csv[0]);
        Assert.Equal(["Seconda versione", ""], [csv[1][3], csv[1][10]]);
        Assert.Equal(["Prima versione", "02 1234567", "1"], [csv[2][3], csv[2][10], csv[2][2]]);
        var xlsx = await XlsxAsync(client, formId);
        Assert.Equal("Telefono di casa", xlsx.Row(1)[10]);
        Assert.Equal("02 1234567", xlsx.Row(3)[10]);
    }

    [Fact]
    public async Task Script_tags_are_shown_escaped_and_formula_cells_are_neutralised_in_csv_and_xlsx()
    {
        var formId = (await factory.PublishFormAsync(Form())).Id;
        var script = await factory.AddEntryAsync(formId, Answers(("nome", "<script>alert(1)</script>"), ("note", "=HYPERLINK(\"https://attacco.example\",\"clic\")")), Utc(4, 1, 9, 0));
        await factory.AddEntryAsync(formId, Answers(("nome", "+1"), ("note", "-2")), Utc(4, 2, 9, 0));
        await factory.AddEntryAsync(formId, Answers(("nome", "@SUM(A1:A9)"), ("note", "\t=1+1")), Utc(4, 3, 9, 0));
        using var client = await factory.SignedInClientAsync(Roles.Editor);

        foreach (var html in new[] { await PageAsync(client, List(formId)), await PageAsync(client, Detail(formId, script.Id)) })
        {
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        }

        var csv = await CsvAsync(client, formId);
        Assert.Equal(["'@SUM(A1:A9)", "'\t=1+1"], [csv[1][3], csv[1][5]]);
        Assert.Equal(["'+1", "'-2"], [csv[2][3], csv[2][5]]);
        Assert.Equal(["<script>alert(1)</script>", "'=HYPERLINK(\"https://attacco.example\",\"clic\")"], [csv[3][3], csv[3][5]]);
        Assert.All(csv.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), cell));

        var xlsx = await XlsxAsync(client, formId);
        Assert.Equal(["'@SUM(A1:A9)", "'\t=1+1"], [xlsx.Row(2)[3], xlsx.Row(2)[5]]);
        Assert.Equal(["'+1", "'-2"], [xlsx.Row(3)[3], xlsx.Row(3)[5]]);
        Assert.Equal(["<script>alert(1)</script>", "'=HYPERLINK(\"https://attacco.example\",\"clic\")"], [xlsx.Row(4)[3], xlsx.Row(4)[5]]);
    }

    [Fact]
    public async Task An_xlsx_of_a_thousand_entries_opens_with_a_header_and_a_thousand_rows()
    {
        var formId = (await factory.PublishFormAsync(Form())).Id;
        var start = Utc(5, 1, 8, 0);
        await factory.DbAsync(async db =>
        {
            db.FormEntries.AddRange(Enumerable.Range(0, 1000).Select(i => new FormEntry
            {
                FormId = formId,
                FormVersion = 1,
                SubmissionId = Guid.NewGuid(),
                CreatedUtc = start.AddMinutes(i),
                AnswersJson = FormAnswers.Serialize(Answers(("nome", $"Persona {i}"), ("comune", "melegnano"), ("consenso", "si"))),
                SearchText = $"persona {i}",
            }));
            return await db.SaveChangesAsync();
        });
        using var client = await factory.SignedInClientAsync(Roles.Editor);

        var response = await client.GetAsync(Export(formId, "formato=xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var slug = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == formId).Select(i => i.Slug).SingleAsync());
        var today = factory.Clock.GetUtcNow().UtcDateTime.ToRomeTime().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"risposte-{slug}-{today}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var sheet = XlsxSheet.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(1001, sheet.RowCount);
        Assert.Equal(["Persona 999", "Melegnano"], sheet.Row(2).Skip(3).Take(2));
        Assert.Equal("Persona 0", sheet.Row(1001)[3]);
    }

    [Fact]
    public async Task Exporting_a_form_without_entries_gives_the_header_only()
    {
        var formId = (await factory.PublishFormAsync(Form())).Id;
        using var client = await factory.SignedInClientAsync(Roles.Editor);

        var csv = await CsvAsync(client, formId);
        var xlsx = await XlsxAsync(client, formId);

        Assert.Equal(["Data", "Stato", "Versione", "Nome e cognome", "Comune", "Note", "Documento", "Soddisfazione – Orari", "Soddisfazione – Costi", "Acconsento al trattamento dei dati"], Assert.Single(csv));
        Assert.Equal(1, xlsx.RowCount);
        Assert.Equal(csv[0], xlsx.Row(1));
        Assert.Equal("1", xlsx.StyleOf(1, 1));
    }

    [Theory]
    [InlineData("formato=pdf", "Scegli il formato dell'esportazione")]
    [InlineData("", "Scegli il formato dell'esportazione")]
    [InlineData("formato=csv&dal=ieri", "non è una data valida")]
    [InlineData("formato=xlsx&stato=cancellate", "Lo stato deve essere")]
    [InlineData("formato=xlsx&dal=2025-02-30", "non è una data valida")]
    public async Task Wrong_export_parameters_get_an_italian_400(string query, string message)
    {
        var formId = (await factory.PublishFormAsync(Form())).Id;
        using var client = await factory.SignedInClientAsync(Roles.Editor);

        var response = await client.GetAsync(Export(formId, query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_forms_and_entries_are_404()
    {
        var formId = (await factory.PublishFormAsync(Form())).Id;
        var pageId = await factory.CreateAsync(ContentTypes.Page, ContentFixtures.Page());
        var entry = await factory.AddEntryAsync(formId, Answers(("nome", "Esiste")));
        using var client = await factory.SignedInClientAsync(Roles.Editor);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(List(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(List(pageId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Detail(formId, Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Detail(pageId, entry.Id))).StatusCode);
    }

    [Fact]
    public async Task The_forms_list_links_each_form_to_its_entries_with_the_new_count_and_to_its_results()
    {
        var formId = (await factory.PublishFormAsync(Form())).Id;
        await factory.AddEntryAsync(formId, Answers(("nome", "Uno")));
        await factory.AddEntryAsync(formId, Answers(("nome", "Due")));
        await factory.AddEntryAsync(formId, Answers(("nome", "Tre")), state: EntryState.Read);
        using var client = await factory.SignedInClientAsync(Roles.Editor);

        var html = WebUtility.HtmlDecode(await PageAsync(client, "/backoffice/contenuti/moduli"));

        Assert.Contains($"<a href=\"/backoffice/moduli/{formId}/risposte\">Risposte (2 nuove)", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/backoffice/moduli/{formId}/risultati\">Risultati", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/backoffice/contenuti/moduli\" aria-current=\"page\">Moduli e questionari</a>", html, StringComparison.Ordinal);
    }

    /// <summary>RFC 4180 with semicolons, as the export writes it.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        Assert.Empty(row);
        Assert.Equal(0, cell.Length);
        return rows;
    }

    [GeneratedRegex("data-entry=\"([0-9a-f-]{36})\"")]
    private static partial Regex EntryRow();
}

public sealed class EntriesTestsOnSqlite(SqliteAppFactory factory) : EntriesTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class EntriesTestsOnPostgres(PostgresAppFactory factory) : EntriesTests(factory), IClassFixture<PostgresAppFactory>;
