using System.Net;
using System.Text.RegularExpressions;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Tests.Forms;

/// <summary>Form definitions for tests, and posting a public form the way a browser does (page first, then its tokens).</summary>
public static partial class FormFixtures
{
    public static FormField Field(string key, FormFieldType type, string? label = null, bool required = false) =>
        new() { Key = key, Type = type, Label = label ?? key, Required = required };

    public static List<FormOption> Options(params string[] values) =>
        [.. values.Select(v => new FormOption { Value = v, Label = "Etichetta " + v })];

    public static FormField Consent() => new()
    {
        Key = "consenso",
        Type = FormFieldType.Consent,
        Label = "Acconsento al trattamento dei dati.",
        Required = true,
    };

    /// <summary>One field of every type that has an answer, plus a text block; one page.</summary>
    public static FormDocument EveryType(string? title = null) => new()
    {
        Title = title ?? ContentFixtures.Unique("Modulo di prova"),
        Intro = "Un modulo con ogni tipo di domanda.",
        Pages =
        [
            new FormPage
            {
                Key = "pagina-1",
                Title = "Dati",
                Groups =
                [
                    new FormGroup
                    {
                        Key = "gruppo-1",
                        Fields =
                        [
                            Field("intro", FormFieldType.Text, "Istruzioni"),
                            new FormField { Key = "nome", Type = FormFieldType.ShortText, Label = "Nome", Required = true, MaxLength = 50, MinLength = 2 },
                            Field("note", FormFieldType.LongText, "Note"),
                            Field("email", FormFieldType.Email, "Email", required: true),
                            Field("telefono", FormFieldType.Phone, "Telefono"),
                            new FormField { Key = "figli", Type = FormFieldType.Number, Label = "Figli", Min = "0", Max = "10" },
                            new FormField { Key = "data", Type = FormFieldType.Date, Label = "Data", Min = "2020-01-01", Max = "2030-12-31" },
                            new FormField { Key = "comune", Type = FormFieldType.SingleChoice, Label = "Comune", Required = true, Options = Options("melegnano", "carpiano") },
                            new FormField { Key = "fascia", Type = FormFieldType.SingleChoice, Label = "Fascia", Dropdown = true, Options = Options("a", "b") },
                            new FormField { Key = "servizi", Type = FormFieldType.MultipleChoice, Label = "Servizi", Options = Options("pre-scuola", "centro-estivo", "baby-sitting") },
                            new FormField { Key = "difficolta", Type = FormFieldType.Scale, Label = "Difficoltà" },
                            new FormField { Key = "effetti", Type = FormFieldType.Matrix, Label = "Effetti", Required = true, Rows = Options("conciliazione", "benessere") },
                            new FormField { Key = "codice", Type = FormFieldType.ShortText, Label = "Codice", Pattern = "[A-Z]{3}[0-9]{2}", ErrorMessage = "Il codice ha tre lettere maiuscole e due cifre." },
                            new FormField { Key = "allegato", Type = FormFieldType.File, Label = "Allegato", FileTypes = ["pdf", "png"], MaxFileMb = 1 },
                            new FormField { Key = "servizio", Type = FormFieldType.Hidden, Label = "Servizio", QueryParameter = "servizio" },
                            new FormField { Key = "riservato", Type = FormFieldType.ShortText, Label = "Dato sanitario", Sensitive = true },
                            Consent(),
                        ],
                    },
                ],
            },
        ],
        Settings = new FormSettings { RetentionDays = 30 },
    };

    /// <summary>The answers of <see cref="EveryType"/> that pass every check.</summary>
    public static List<KeyValuePair<string, string>> ValidAnswers() =>
    [
        new("f.nome", "Maria"),
        new("f.note", "Due righe\ndi note"),
        new("f.email", "maria.rossi@esempio.it"),
        new("f.telefono", "+39 333 1234567"),
        new("f.figli", "2"),
        new("f.data", "2026-05-04"),
        new("f.comune", "melegnano"),
        new("f.fascia", "b"),
        new("f.servizi", "centro-estivo"),
        new("f.servizi", "pre-scuola"),
        new("f.difficolta", "4"),
        new("f.effetti:conciliazione", "5"),
        new("f.effetti:benessere", "3"),
        new("f.codice", "ABC12"),
        new("f.servizio", "ludoteca"),
        new("f.riservato", "asma"),
        new("f.consenso", "si"),
    ];

    /// <summary>A conditional two-page form: the second page's number is asked only when "modalita" is not "presenza".</summary>
    public static FormDocument Conditional(string? title = null) => new()
    {
        Title = title ?? ContentFixtures.Unique("Questionario"),
        Pages =
        [
            new FormPage
            {
                Key = "lavoro",
                Title = "Lavoro",
                Groups =
                [
                    new FormGroup
                    {
                        Key = "g-lavoro",
                        Fields =
                        [
                            new FormField { Key = "modalita", Type = FormFieldType.SingleChoice, Label = "Modalità", Required = true, Options = Options("presenza", "smart", "mista") },
                        ],
                    },
                ],
            },
            new FormPage
            {
                Key = "smart",
                Title = "Smart working",
                Groups =
                [
                    new FormGroup
                    {
                        Key = "g-smart",
                        Fields =
                        [
                            new FormField
                            {
                                Key = "giorni",
                                Type = FormFieldType.Number,
                                Label = "Giorni di smart working",
                                Required = true,
                                Min = "1",
                                Max = "5",
                                Condition = new FormCondition { Rules = [new FormRule { Field = "modalita", Operator = RuleOperator.NotEquals, Value = "presenza" }] },
                            },
                            Consent(),
                        ],
                    },
                ],
            },
        ],
    };

    public static async Task<(Guid Id, string Slug)> PublishFormAsync(this SinergieAppFactory factory, FormDocument form)
    {
        var id = await factory.CreateAsync(ContentTypes.Form, form, publish: true);
        var slug = await factory.DbAsync(db => Task.FromResult(db.ContentItems.Single(i => i.Id == id).PublishedSlug!));
        return (id, slug);
    }

    public sealed record ShownForm(string Html, string Antiforgery, string Token);

    public static async Task<ShownForm> ShowFormAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, "The form has no anti-spam token.");
        return new ShownForm(html, HtmlForms.AntiforgeryToken(html), WebUtility.HtmlDecode(token.Groups[1].Value));
    }

    /// <summary>Posts answers (and files) to a shown form as multipart/form-data, like a browser.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string slug, ShownForm shown,
        IEnumerable<KeyValuePair<string, string>> answers, IEnumerable<(string Name, string FileName, byte[] Bytes)>? files = null,
        string? honeypot = null)
    {
        var content = new MultipartFormDataContent();
        content.Add(new StringContent(shown.Antiforgery), "__RequestVerificationToken");
        content.Add(new StringContent(shown.Token), FormGuard.TokenName);
        content.Add(new StringContent(honeypot ?? ""), FormGuard.HoneypotName);
        foreach (var (name, value) in answers)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, bytes) in files ?? [])
        {
            content.Add(new ByteArrayContent(bytes), name, fileName);
        }

        return await client.PostAsync($"/moduli/{slug}", content);
    }

    public static async Task<HttpResponseMessage> FillAsync(this HttpClient client, string slug, IEnumerable<KeyValuePair<string, string>> answers,
        IEnumerable<(string Name, string FileName, byte[] Bytes)>? files = null)
    {
        var shown = await client.ShowFormAsync($"/moduli/{slug}");
        return await client.PostFormAsync(slug, shown, answers, files);
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> answers, string name, params string[] values)
    {
        var changed = answers.Where(a => a.Key != name).ToList();
        changed.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return changed;
    }

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [GeneratedRegex("name=\"modulo_token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
