using Microsoft.EntityFrameworkCore;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Tests.Forms;

/// <summary>A questionnaire with every kind of question for the results tests, published by an editor, and its entries inserted directly.</summary>
public static class ResultsQuestionnaire
{
    public sealed record Created(Guid Id, int Version, string Slug);

    public static FormOption Option(string value, string label) => new() { Value = value, Label = label };

    public static FormDocument Document(bool publicResults = false, IEnumerable<string>? readerRoles = null, IEnumerable<string>? sensitiveReaderRoles = null, string? extraCityLabel = null)
    {
        var slug = "questionario-" + Guid.NewGuid().ToString("N")[..10];
        List<FormOption> cities = [Option("san-donato", "San Donato Milanese"), Option("melegnano", "Melegnano"), Option("dresano", "Dresano")];
        if (extraCityLabel is not null)
        {
            cities.Add(Option("altro", extraCityLabel));
        }

        return new FormDocument
        {
            Title = ContentFixtures.Unique("Questionario conciliazione"),
            Slug = slug,
            Pages =
            [
                new FormPage
                {
                    Key = "pagina",
                    Groups =
                    [
                        new FormGroup
                        {
                            Key = "gruppo",
                            Fields =
                            [
                                new FormField { Key = "comune", Type = FormFieldType.SingleChoice, Label = "Comune di residenza", Options = cities },
                                new FormField { Key = "genere", Type = FormFieldType.SingleChoice, Label = "Genere", Options = [Option("donna", "Donna"), Option("uomo", "Uomo")] },
                                new FormField { Key = "eta", Type = FormFieldType.SingleChoice, Label = "Fascia d'età", Options = [Option("18-34", "18–34"), Option("35-40", "35–40"), Option("41-99", "41 e oltre")] },
                                new FormField { Key = "servizi", Type = FormFieldType.MultipleChoice, Label = "Servizi usati", Options = [Option("nido", "Nido"), Option("doposcuola", "Doposcuola"), Option("centro-estivo", "Centro estivo")] },
                                new FormField { Key = "soddisfazione", Type = FormFieldType.Scale, Label = "Soddisfazione complessiva", ScaleMax = 5, ScaleMinLabel = "Per niente", ScaleMaxLabel = "Moltissimo" },
                                new FormField { Key = "aspetti", Type = FormFieldType.Matrix, Label = "Valuta gli aspetti", ScaleMax = 4, Rows = [Option("orari", "Orari"), Option("costi", "Costi")] },
                                new FormField { Key = "figli", Type = FormFieldType.Number, Label = "Numero di figli" },
                                new FormField { Key = "inizio", Type = FormFieldType.Date, Label = "Data di inizio del servizio" },
                                new FormField { Key = "note", Type = FormFieldType.LongText, Label = "Suggerimenti" },
                                new FormField { Key = "reddito", Type = FormFieldType.SingleChoice, Label = "Fascia di reddito familiare", Sensitive = true, Options = [Option("bassa", "Bassa"), Option("alta", "Alta")] },
                                new FormField { Key = "privacy", Type = FormFieldType.Consent, Label = "Acconsento al trattamento dei dati", Required = true },
                            ],
                        },
                    ],
                },
            ],
            Settings = new FormSettings
            {
                PublicResults = publicResults,
                ReaderRoles = [.. readerRoles ?? []],
                SensitiveReaderRoles = [.. sensitiveReaderRoles ?? []],
            },
        };
    }

    public static async Task<Created> PublishAsync(this SinergieAppFactory factory, FormDocument form)
    {
        var id = await factory.CreateAsync(ContentTypes.Form, form, publish: true);
        var version = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.PublishedVersion!.Value).SingleAsync());
        return new Created(id, version, form.Slug);
    }

    /// <summary>One entry; each pair is a field key (or "matrix:row") and its values.</summary>
    public static Dictionary<string, string[]> Answers(params (string Key, string[] Values)[] answers)
    {
        var result = answers.ToDictionary(a => a.Key, a => a.Values, StringComparer.Ordinal);
        result["privacy"] = ["si"];
        return result;
    }

    public static async Task AddEntriesAsync(this SinergieAppFactory factory, Created form, IEnumerable<Dictionary<string, string[]>> entries, int? version = null)
    {
        await factory.DbAsync(async db =>
        {
            foreach (var answers in entries)
            {
                db.FormEntries.Add(new FormEntry
                {
                    FormId = form.Id,
                    FormVersion = version ?? form.Version,
                    SubmissionId = Guid.NewGuid(),
                    CreatedUtc = DateTime.UtcNow,
                    State = EntryState.New,
                    AnswersJson = FormAnswers.Serialize(answers),
                });
            }

            return await db.SaveChangesAsync();
        });
    }

    public static async Task AddEntriesAsync(this SinergieAppFactory factory, Created form, int count, Func<int, Dictionary<string, string[]>> answers) =>
        await factory.AddEntriesAsync(form, Enumerable.Range(0, count).Select(answers));
}
