using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Forms;

/// <summary>Forms and stored entries (with files in storage) for the retention and personal-data tests, each unique.</summary>
public static class RetentionFixtures
{
    public static FormDocument Form(int? retentionDays) => new()
    {
        Title = ContentFixtures.Unique("Modulo di prova"),
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
                            new FormField { Key = "nome", Type = FormFieldType.ShortText, Label = "Il tuo nome", Required = true },
                            new FormField { Key = "email", Type = FormFieldType.Email, Label = "La tua email" },
                            new FormField { Key = "allegato", Type = FormFieldType.File, Label = "Un documento", FileTypes = ["pdf"] },
                            new FormField { Key = "consenso", Type = FormFieldType.Consent, Label = "Acconsento", Required = true },
                        ],
                    },
                ],
            },
        ],
        Settings = new FormSettings { RetentionDays = retentionDays },
    };

    public static async Task<Guid> CreateFormAsync(this SinergieAppFactory factory, int? retentionDays) =>
        await factory.CreateAsync(ContentTypes.Form, Form(retentionDays), publish: true);

    /// <summary>Stores an entry answered on <paramref name="createdUtc"/>, optionally with a PDF whose bytes are in storage.</summary>
    public static async Task<(FormEntry Entry, FormEntryFile? File)> AddEntryAsync(
        this SinergieAppFactory factory, Guid formId, DateTime createdUtc, string? email = null, bool withFile = false, string name = "Maria")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var entry = new FormEntry
        {
            FormId = formId,
            FormVersion = 1,
            SubmissionId = Guid.NewGuid(),
            CreatedUtc = createdUtc,
            State = EntryState.New,
            Email = email,
        };
        FormEntryFile? file = null;
        var answers = new Dictionary<string, string[]> { ["nome"] = [name], ["consenso"] = ["si"] };
        if (email is not null)
        {
            answers["email"] = [email];
        }

        if (withFile)
        {
            var bytes = "%PDF-1.4 prova"u8.ToArray();
            file = new FormEntryFile { EntryId = entry.Id, FieldKey = "allegato", FileName = $"documento-{name.ToLowerInvariant()}.pdf", ContentType = "application/pdf", Size = bytes.Length, Sha256 = new string('a', 64) };
            answers["allegato"] = [file.Id.ToString()];
            await scope.ServiceProvider.GetRequiredService<IFileStorage>().SaveAsync(file.StorageKey, new MemoryStream(bytes), CancellationToken.None);
        }

        entry.AnswersJson = FormAnswers.Serialize(answers);
        entry.SearchText = name.ToLowerInvariant();
        db.FormEntries.Add(entry);
        if (file is not null)
        {
            db.FormEntryFiles.Add(file);
        }

        await db.SaveChangesAsync();
        return (entry, file);
    }

    public static async Task<bool> StoredAsync(this SinergieAppFactory factory, FormEntryFile file)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var stream = await scope.ServiceProvider.GetRequiredService<IFileStorage>().OpenReadAsync(file.StorageKey, CancellationToken.None);
        return stream is not null;
    }
}
