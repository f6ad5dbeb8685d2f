using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.Media;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Stores a checked submission: the entry, its files and its emails (in the outbox) in one transaction. Files are
/// written to storage first and removed again if the transaction does not commit, so a failure leaves no entry and
/// no reachable file. A second post of the same shown form (same submission id) is not stored again.
/// </summary>
public sealed class FormSubmissions(
    SinergieDbContext db,
    IFileStorage storage,
    TimeProvider clock,
    UserManager<AppUser> users,
    IOptions<AppOptions> appOptions,
    Outbox outbox,
    ILogger<FormSubmissions> logger)
{
    public async Task StoreAsync(FormDefinitions.Published published, Guid submissionId, SubmissionReader.Result result, FormInvitation? invitation, CancellationToken cancellationToken)
    {
        var form = published.Form;
        if (await db.FormEntries.AnyAsync(e => e.SubmissionId == submissionId, cancellationToken))
        {
            // A second post of the same shown form (double click, back and send again): the first one is the entry.
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var answers = new Dictionary<string, string[]>(result.Answers, StringComparer.Ordinal);
        var email = form.AllFields().Where(f => f.Type == FormFieldType.Email)
            .Select(f => answers.TryGetValue(f.Key, out var v) ? v.FirstOrDefault() : null)
            .FirstOrDefault(v => v is not null)?.ToLowerInvariant();

        var entry = new FormEntry
        {
            FormId = published.Item.Id,
            FormVersion = published.Version,
            SubmissionId = submissionId,
            CreatedUtc = now,
            State = EntryState.New,
            Email = email,
        };
        var files = new List<FormEntryFile>();
        foreach (var posted in result.Files)
        {
            var file = new FormEntryFile
            {
                EntryId = entry.Id,
                FieldKey = posted.FieldKey,
                FileName = posted.FileName,
                ContentType = posted.Kind.ContentType,
                Size = posted.Bytes.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(posted.Bytes)),
            };
            files.Add(file);
            answers[posted.FieldKey] = [.. (answers.TryGetValue(posted.FieldKey, out var ids) ? ids : []), file.Id.ToString()];
        }

        entry.AnswersJson = FormAnswers.Serialize(answers);
        var fileNames = files.ToDictionary(f => f.Id, f => f.FileName);
        entry.SearchText = SearchTextOf(form, answers, fileNames);

        var stored = new List<FormEntryFile>();
        try
        {
            if (form.Settings.StoreEntries)
            {
                foreach (var file in files)
                {
                    var bytes = result.Files.First(p => p.FieldKey == file.FieldKey).Bytes;
                    await using var content = new MemoryStream(bytes, writable: false);
                    await storage.SaveAsync(file.StorageKey, content, cancellationToken);
                    stored.Add(file);
                }
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (form.Settings.StoreEntries)
            {
                db.FormEntries.Add(entry);
                db.FormEntryFiles.AddRange(files);
            }

            if (invitation is not null)
            {
                var used = await db.FormInvitations
                    .Where(i => i.Id == invitation.Id && i.UsedUtc == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedUtc, now).SetProperty(i => i.EntryId, form.Settings.StoreEntries ? entry.Id : null), cancellationToken);
                if (used == 0)
                {
                    throw new AlreadyAnsweredException();
                }
            }

            await QueueEmailsAsync(published, entry, answers, fileNames, email, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await DiscardAsync(stored);
            if (!await AlreadyStoredAsync(submissionId))
            {
                throw;
            }

            // Both posts of the same shown form arrived at once: the one that committed is the entry.
            logger.LogInformation("Submission {SubmissionId} was already stored; the repeated post is ignored", submissionId);
        }
        catch
        {
            await DiscardAsync(stored);
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<bool> AlreadyStoredAsync(Guid submissionId)
    {
        db.ChangeTracker.Clear();
        return await db.FormEntries.AnyAsync(e => e.SubmissionId == submissionId);
    }

    private async Task DiscardAsync(List<FormEntryFile> stored)
    {
        foreach (var file in stored)
        {
            try
            {
                await storage.DeleteAsync(file.StorageKey, CancellationToken.None);
            }
            catch (IOException exception)
            {
                logger.LogWarning(exception, "Could not remove the file {Key} of a submission that was not stored", file.StorageKey);
            }
        }
    }

    /// <summary>Lower-case text of the non-sensitive answers, for the entries' text filter.</summary>
    public static string SearchTextOf(FormDocument form, IReadOnlyDictionary<string, string[]> answers, IReadOnlyDictionary<Guid, string>? fileNames = null)
    {
        var text = string.Join('\n', form.AllFields()
            .Where(f => f.HasAnswer && !f.Sensitive)
            .Select(f => FormAnswers.Display(f, answers, fileNames))
            .Where(t => t.Length > 0));
        return (text.Length > 20_000 ? text[..20_000] : text).ToLowerInvariant();
    }

    private async Task QueueEmailsAsync(FormDefinitions.Published published, FormEntry entry, Dictionary<string, string[]> answers,
        IReadOnlyDictionary<Guid, string> fileNames, string? email, CancellationToken cancellationToken)
    {
        var form = published.Form;
        var settings = form.Settings;
        var copy = AnswersText(form, answers, fileNames);
        var recipients = new HashSet<string>(settings.NotifyEmails.Select(e => e.Trim().ToLowerInvariant()), StringComparer.Ordinal);
        foreach (var role in settings.NotifyRoles)
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                if (user.Email is { Length: > 0 } address && user.LockoutEnd is null)
                {
                    recipients.Add(address.ToLowerInvariant());
                }
            }
        }

        var baseUrl = appOptions.Value.PublicBaseUrl?.TrimEnd('/') ?? "";
        var link = settings.StoreEntries ? $"\n\nLeggi la risposta nel backoffice: {baseUrl}/backoffice/moduli/{entry.FormId}/risposte/{entry.Id}\n" : "\n";
        var hidden = form.AllFields().Any(f => f.Sensitive) ? "\nLe risposte riservate non sono riportate nell'email." : "";
        foreach (var recipient in recipients.Order(StringComparer.Ordinal))
        {
            Queue(recipient, $"Nuova risposta al modulo «{form.Title}»",
                $"È arrivata una nuova risposta al modulo «{form.Title}».\n\n{copy}{hidden}{link}");
        }

        if (settings.ConfirmationEmail && email is not null)
        {
            var message = new StringBuilder()
                .Append("Gentile utente,\n\nabbiamo ricevuto la tua risposta al modulo «").Append(form.Title).Append("».\n")
                .Append(string.IsNullOrWhiteSpace(settings.ConfirmationMessage) ? "" : "\n" + settings.ConfirmationMessage.Trim() + "\n")
                .Append("\nEcco una copia delle tue risposte:\n\n").Append(copy).Append(hidden)
                .Append("\n\nRete territoriale di conciliazione vita-lavoro – SinergieComuni\n")
                .Append("Se non hai compilato tu questo modulo, ignora questa email.\n");
            Queue(email, $"Abbiamo ricevuto la tua risposta – {form.Title}", message.ToString());
        }

        void Queue(string to, string subject, string body) => outbox.Enqueue(to, subject, body);
    }

    /// <summary>"Question: answer" lines of the non-sensitive answers, as emails carry them.</summary>
    public static string AnswersText(FormDocument form, IReadOnlyDictionary<string, string[]> answers, IReadOnlyDictionary<Guid, string>? fileNames = null)
    {
        var builder = new StringBuilder();
        foreach (var field in form.AllFields().Where(f => f.HasAnswer && !f.Sensitive && f.Type != FormFieldType.Hidden))
        {
            var text = FormAnswers.Display(field, answers, fileNames);
            if (text.Length > 0)
            {
                builder.Append(field.Label).Append(":\n  ").Append(text.Replace("\n", "\n  ", StringComparison.Ordinal)).Append("\n\n");
            }
        }

        return builder.ToString().TrimEnd() + "\n";
    }
}

/// <summary>The personal link was used by a submission that committed first.</summary>
public sealed class AlreadyAnsweredException : Exception
{
    public AlreadyAnsweredException()
        : base("The invitation has already been used.")
    {
    }
}
