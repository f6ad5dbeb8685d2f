using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// A person's data in the forms, found by the email address they gave (entries store it in lower case): listed,
/// exported as JSON with the questions of the version each entry answered, or erased with files and invitations.
/// Both actions are audited without the address itself, which is the personal data being handled.
/// </summary>
public sealed class PersonalData(SinergieDbContext db, FormDefinitions definitions, EntryDeletion deletion, AuditLog audit, TimeProvider clock)
{
    private static readonly JsonSerializerOptions ExportOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record EntrySummary(Guid EntryId, Guid FormId, string FormTitle, DateTime CreatedUtc);

    public sealed record Findings(IReadOnlyList<EntrySummary> Entries, int Invitations)
    {
        public bool IsEmpty => Entries.Count == 0 && Invitations == 0;
    }

    public sealed record Erased(int Entries, int Files, int Invitations);

    /// <summary>The address as stored (trimmed, lower case), or null when it is not an email address.</summary>
    public static string? Normalise(string? email) =>
        email?.Trim() is { } trimmed && FormRules.IsEmail(trimmed) ? trimmed.ToLowerInvariant() : null;

    public async Task<Findings> FindAsync(string email, CancellationToken cancellationToken)
    {
        var entries = await (
                from entry in db.FormEntries.AsNoTracking()
                join form in db.ContentItems.AsNoTracking() on entry.FormId equals form.Id
                where entry.Email == email
                orderby entry.CreatedUtc descending
                select new EntrySummary(entry.Id, entry.FormId, form.Title, entry.CreatedUtc))
            .ToListAsync(cancellationToken);
        var invitations = await Invitations(email).CountAsync(cancellationToken);
        return new Findings(entries, invitations);
    }

    /// <summary>Every entry and invitation of the address, as an indented UTF-8 JSON document in Italian.</summary>
    public async Task<byte[]> ExportAsync(ContentActor actor, string email, CancellationToken cancellationToken)
    {
        var entries = await db.FormEntries.AsNoTracking().Where(e => e.Email == email).OrderBy(e => e.CreatedUtc).ToListAsync(cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var files = await db.FormEntryFiles.AsNoTracking().Where(f => ids.Contains(f.EntryId)).ToListAsync(cancellationToken);
        var formIds = entries.Select(e => e.FormId).Concat(await Invitations(email).Select(i => i.FormId).ToListAsync(cancellationToken)).Distinct().ToList();
        var titles = await db.ContentItems.AsNoTracking().Where(i => formIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken);

        var exported = new List<object>();
        foreach (var entry in entries)
        {
            var answers = FormAnswers.Parse(entry.AnswersJson);
            var entryFiles = files.Where(f => f.EntryId == entry.Id).ToList();
            var names = entryFiles.ToDictionary(f => f.Id, f => f.FileName);
            var form = await definitions.VersionAsync(entry.FormId, entry.FormVersion, cancellationToken);
            var questions = form is null
                ? answers.Select(a => new { domanda = a.Key, risposta = string.Join("; ", a.Value) }).ToList()
                : [.. form.AllFields()
                    .Where(f => f.HasAnswer && (answers.ContainsKey(f.Key) || f.Rows.Any(r => answers.ContainsKey(FormAnswers.RowKey(f.Key, r.Value)))))
                    .Select(f => new { domanda = string.IsNullOrWhiteSpace(f.Label) ? f.Key : f.Label, risposta = FormAnswers.Display(f, answers, names) })];
            exported.Add(new
            {
                modulo = titles.GetValueOrDefault(entry.FormId, ""),
                versioneDelModulo = entry.FormVersion,
                dataInvio = entry.CreatedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                risposte = questions,
                file = entryFiles.Select(f => new { nome = f.FileName, tipo = f.ContentType, dimensioneByte = f.Size }),
            });
        }

        var invitations = await Invitations(email).AsNoTracking().OrderBy(i => i.CreatedUtc).ToListAsync(cancellationToken);
        var document = new
        {
            email,
            esportatoIl = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            risposte = exported,
            inviti = invitations.Select(i => new
            {
                modulo = titles.GetValueOrDefault(i.FormId, ""),
                inviatoIl = i.CreatedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                usato = i.UsedUtc is not null,
            }),
        };
        audit.Record(actor, AuditAction.PersonalDataExport, null, $"Esportate {entries.Count} risposte e {invitations.Count} inviti di una persona.");
        await db.SaveChangesAsync(cancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(document, ExportOptions);
    }

    /// <summary>Deletes the address's entries (with their files) and invitations, all at once.</summary>
    public async Task<Erased> EraseAsync(ContentActor actor, string email, CancellationToken cancellationToken)
    {
        var ids = await db.FormEntries.Where(e => e.Email == email).Select(e => e.Id).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await deletion.DeleteAsync(ids, cancellationToken);
        var invitations = await Invitations(email).ExecuteDeleteAsync(cancellationToken);
        audit.Record(actor, AuditAction.PersonalDataErase, null,
            $"Cancellate {deleted.Entries} risposte, {deleted.Files} file e {invitations} inviti di una persona.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Erased(deleted.Entries, deleted.Files, invitations);
    }

    // Invitations are written by the form's sender; compared in lower case in case an address kept its capitals.
    private IQueryable<FormInvitation> Invitations(string email) => db.FormInvitations.Where(i => i.Email.ToLower() == email);
}
