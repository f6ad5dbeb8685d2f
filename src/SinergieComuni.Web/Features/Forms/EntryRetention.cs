using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Deletes the entries each form keeps longer than its retention period (the latest version's setting, whether or not
/// the form is published or in the bin), with their files, in batches.
/// </summary>
public sealed class EntryRetention(SinergieDbContext db, EntryDeletion deletion, ILogger<EntryRetention> logger)
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
}
