using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Deletes entries for good, with their attached files' rows and bytes. The bytes go first: an interruption then
/// leaves rows whose bytes are gone (removed again by the next attempt) rather than bytes that nothing points to.
/// Deleting what is already gone is not an error, so two instances may run it at once.
/// </summary>
public sealed class EntryDeletion(SinergieDbContext db, IFileStorage storage)
{
    public sealed record Deleted(int Entries, int Files);

    public async Task<Deleted> DeleteAsync(IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        if (entryIds.Count == 0)
        {
            return new Deleted(0, 0);
        }

        var files = await db.FormEntryFiles.AsNoTracking().Where(f => entryIds.Contains(f.EntryId)).ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            await storage.DeleteAsync(file.StorageKey, cancellationToken);
        }

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (ownTransaction)
        {
            var fileRows = await db.FormEntryFiles.Where(f => entryIds.Contains(f.EntryId)).ExecuteDeleteAsync(cancellationToken);
            var entries = await db.FormEntries.Where(e => entryIds.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return new Deleted(entries, Math.Max(fileRows, files.Count));
        }
    }
}
