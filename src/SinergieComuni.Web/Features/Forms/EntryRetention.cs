using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Deletes the entries each form keeps longer than its retention period (the latest version's setting, whether or not
/// the form is published or in the bin), with their files, in batches.
/// </summary>
public sealed class EntryRetention(SinergieDbContext db, EntryDeletion deletion, Media.IFileStorage storage, ILogger<EntryRetention> logger)
{
    public const int BatchSize = 200;

    public sealed record Purged(Guid FormId, string FormTitle, int Entries, int Files);

    /// <summary>One line per form that lost entries.</summary>
    public async Task<IReadOnlyList<Purged>> PurgeExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var forms = await db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == ContentTypes.Form)
            .Select(i => new
            {
                i.Id,
                i.Title,
                Json = db.ContentVersions.Where(v => v.ItemId == i.Id && v.Number == i.LatestVersion).Select(v => v.DataJson).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var result = new List<Purged>();
        foreach (var form in forms)
        {
            var days = form.Json is null ? null : ContentJson.Deserialize<FormDocument>(form.Json).Settings.RetentionDays;
            if (days is not > 0)
            {
                continue;
            }

            var limit = nowUtc.AddDays(-days.Value);
            int entries = 0, files = 0;
            while (true)
            {
                var batch = await db.FormEntries.AsNoTracking()
                    .Where(e => e.FormId == form.Id && e.CreatedUtc < limit)
                    .OrderBy(e => e.CreatedUtc)
                    .Select(e => e.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                var deleted = await deletion.DeleteAsync(batch, cancellationToken);
                entries += deleted.Entries;
                files += deleted.Files;
                if (batch.Count < BatchSize)
                {
                    break;
                }
            }

            if (entries > 0)
            {
                logger.LogInformation("Eliminate {Entries} risposte scadute del modulo «{Form}» ({FormId}), con {Files} file: conservazione {Days} giorni",
                    entries, form.Title, form.Id, files, days);
                result.Add(new Purged(form.Id, form.Title, entries, files));
            }
        }

        return result;
    }

    /// <summary>
    /// Removes stored bytes of form files that no entry points to: left behind when a submission failed after writing
    /// its files (a crash between the two steps). Files younger than a day are left alone, being possibly in flight.
    /// </summary>
    public async Task<int> SweepOrphanFilesAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var candidates = new List<(string Key, Guid Id)>();
        await foreach (var (key, written) in storage.ListAsync(FormEntryFile.StoragePrefix, cancellationToken))
        {
            if (written < nowUtc.AddDays(-1) && Guid.TryParseExact(key[FormEntryFile.StoragePrefix.Length..], "N", out var id))
            {
                candidates.Add((key, id));
            }
        }

        var removed = 0;
        foreach (var chunk in candidates.Chunk(500))
        {
            var ids = chunk.Select(c => c.Id).ToList();
            var known = (await db.FormEntryFiles.AsNoTracking().Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var (key, id) in chunk.Where(c => !known.Contains(c.Id)))
            {
                await storage.DeleteAsync(key, cancellationToken);
                removed++;
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Rimossi {Files} file di moduli senza risposta (invii non completati)", removed);
        }

        return removed;
    }
}
