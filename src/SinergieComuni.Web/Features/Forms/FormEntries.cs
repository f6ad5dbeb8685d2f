using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>The backoffice side of entries: opening a form for its readers, changing an entry's state, deleting it with its files.</summary>
public sealed class FormEntries(SinergieDbContext db, FormDefinitions definitions, EntryDeletion deletion, AuditLog audit, TimeProvider clock)
{
    /// <summary>The form (not in the bin) with its latest definition, whose settings say who reads the entries; null when there is none.</summary>
    public async Task<EntriesForm?> OpenAsync(Guid formId, ContentActor actor, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(i => i.Id == formId && i.ContentType == ContentTypes.Form && i.DeletedUtc == null, cancellationToken);
        var latest = item is null ? null : await definitions.VersionAsync(item.Id, item.LatestVersion, cancellationToken);
        return item is null || latest is null ? null : new EntriesForm(item, latest, actor);
    }

    /// <summary>The definition an entry was answered with (the latest one if that version is missing).</summary>
    public async Task<FormDocument> DefinitionOfAsync(EntriesForm form, int version, CancellationToken cancellationToken) =>
        await definitions.VersionAsync(form.Item.Id, version, cancellationToken) ?? form.Latest;

    /// <summary>Opening a new entry marks it read; a concurrent change of state wins.</summary>
    public async Task MarkReadAsync(FormEntry entry, ContentActor actor, CancellationToken cancellationToken)
    {
        if (entry.State != EntryState.New)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.FormEntries.Where(e => e.Id == entry.Id && e.State == EntryState.New)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, EntryState.Read).SetProperty(e => e.UpdatedUtc, now).SetProperty(e => e.UpdatedBy, actor.UserName), cancellationToken);
        entry.State = EntryState.Read;
    }

    public async Task<bool> SetStateAsync(Guid formId, Guid entryId, EntryState state, ContentActor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.FormEntries.Where(e => e.Id == entryId && e.FormId == formId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, state).SetProperty(e => e.UpdatedUtc, now).SetProperty(e => e.UpdatedBy, actor.UserName), cancellationToken);
        return changed > 0;
    }

    /// <summary>Deletes an entry with its files (see <see cref="EntryDeletion"/>) and records who did it, without any answer.</summary>
    public async Task<bool> DeleteAsync(EntriesForm form, Guid entryId, ContentActor actor, CancellationToken cancellationToken)
    {
        var entry = await db.FormEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId && e.FormId == form.Item.Id, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await deletion.DeleteAsync([entryId], cancellationToken);
        audit.Record(actor, AuditAction.FormEntryDelete, form.Item,
            $"Risposta del {entry.CreatedUtc.ToRomeTime().ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)} (versione {entry.FormVersion}, {deleted.Files} file allegati)");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The names of the files attached to these entries, for showing file answers.</summary>
    public async Task<Dictionary<Guid, FormEntryFile>> FilesAsync(IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        var files = new Dictionary<Guid, FormEntryFile>();
        foreach (var chunk in entryIds.Chunk(500))
        {
            foreach (var file in await db.FormEntryFiles.AsNoTracking().Where(f => chunk.Contains(f.EntryId)).ToListAsync(cancellationToken))
            {
                files[file.Id] = file;
            }
        }

        return files;
    }
}
