using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Forms;

/// <summary>Forms published through the workflow and entries written straight into the database (the submission pipeline is tested elsewhere).</summary>
public static class EntryFixtures
{
    public sealed record StoredEntry(Guid Id, IReadOnlyList<Guid> FileIds);

    /// <summary>Name, municipality (choice), notes, a sensitive tax code, a document upload, a 2-row matrix and the consent.</summary>
    public static FormDocument Form(Action<FormSettings>? settings = null)
    {
        var form = new FormDocument
        {
            Title = ContentFixtures.Unique("Modulo di prova"),
            Pages =
            [
                new FormPage
                {
                    Key = "p1",
                    Groups =
                    [
                        new FormGroup
                        {
                            Key = "g1",
                            Fields =
                            [
                                new FormField { Key = "nome", Type = FormFieldType.ShortText, Label = "Nome e cognome", Required = true },
                                new FormField
                                {
                                    Key = "comune", Type = FormFieldType.SingleChoice, Label = "Comune",
                                    Options = [new FormOption { Value = "melegnano", Label = "Melegnano" }, new FormOption { Value = "dresano", Label = "Dresano" }],
                                },
                                new FormField { Key = "note", Type = FormFieldType.LongText, Label = "Note" },
                                new FormField { Key = "codice", Type = FormFieldType.ShortText, Label = "Codice fiscale", Sensitive = true },
                                new FormField { Key = "documento", Type = FormFieldType.File, Label = "Documento", FileTypes = ["pdf"], MaxFileMb = 5 },
                                new FormField
                                {
                                    Key = "soddisfazione", Type = FormFieldType.Matrix, Label = "Soddisfazione",
                                    Rows = [new FormOption { Value = "orari", Label = "Orari" }, new FormOption { Value = "costi", Label = "Costi" }],
                                },
                                new FormField { Key = "consenso", Type = FormFieldType.Consent, Label = "Acconsento al trattamento dei dati", Required = true },
                            ],
                        },
                    ],
                },
            ],
        };
        settings?.Invoke(form.Settings);
        return form;
    }

    /// <summary>Saves and publishes a new version of a form; returns its number.</summary>
    public static async Task<int> PublishNewVersionAsync(this SinergieAppFactory factory, Guid formId, FormDocument form)
    {
        var revision = await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == formId).Select(i => i.Revision).SingleAsync());
        var saved = await factory.WorkflowAsync(w => w.SaveAsync(ContentFixtures.Editor, formId, form, revision, CancellationToken.None));
        Assert.True(saved.Succeeded, ContentFixtures.Describe(saved));
        var published = await factory.WorkflowAsync(w => w.PublishAsync(ContentFixtures.Editor, formId, null, CancellationToken.None));
        Assert.True(published.Succeeded, ContentFixtures.Describe(published));
        return await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == formId).Select(i => i.LatestVersion).SingleAsync());
    }

    /// <summary>Adds an entry with its files (bytes in the file storage), as the submission pipeline would.</summary>
    public static async Task<StoredEntry> AddEntryAsync(
        this SinergieAppFactory factory,
        Guid formId,
        Dictionary<string, string[]> answers,
        DateTime? createdUtc = null,
        EntryState state = EntryState.New,
        int version = 1,
        bool demo = false,
        params (string FieldKey, string Name, byte[] Bytes)[] files)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var storage = scope.ServiceProvider.GetRequiredService<IFileStorage>();
        var entry = new FormEntry
        {
            FormId = formId,
            FormVersion = version,
            SubmissionId = Guid.NewGuid(),
            CreatedUtc = createdUtc ?? factory.Clock.GetUtcNow().UtcDateTime,
            State = state,
            IsDemo = demo,
        };
        var stored = new List<FormEntryFile>();
        foreach (var (fieldKey, name, bytes) in files)
        {
            var file = new FormEntryFile { EntryId = entry.Id, FieldKey = fieldKey, FileName = name, ContentType = "application/pdf", Size = bytes.Length, Sha256 = new string('0', 64) };
            await storage.SaveAsync(file.StorageKey, new MemoryStream(bytes), CancellationToken.None);
            stored.Add(file);
            answers[fieldKey] = [.. answers.GetValueOrDefault(fieldKey) ?? [], file.Id.ToString()];
        }

        entry.AnswersJson = FormAnswers.Serialize(answers);
        entry.SearchText = string.Join(" ", answers.Where(a => a.Key != "codice").SelectMany(a => a.Value)).ToLowerInvariant();
        db.FormEntries.Add(entry);
        db.FormEntryFiles.AddRange(stored);
        await db.SaveChangesAsync();
        return new StoredEntry(entry.Id, [.. stored.Select(f => f.Id)]);
    }

    public static Dictionary<string, string[]> Answers(params (string Key, string Value)[] answers) =>
        answers.ToDictionary(a => a.Key, a => new[] { a.Value }, StringComparer.Ordinal);
}
