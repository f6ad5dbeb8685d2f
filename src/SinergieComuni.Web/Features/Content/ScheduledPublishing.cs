using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// Runs due scheduled publications. With several instances on one PostgreSQL only the one holding the
/// advisory lock runs them; SQLite serves one instance and serialises writers itself.
/// </summary>
public sealed class ScheduledPublishing(SinergieDbContext db, PublishWorkflow workflow, TimeProvider clock, ILogger<ScheduledPublishing> logger)
{
    private const long LockKey = 0x5C_5C_00_01;

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            var acquired = await db.Database
                .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({LockKey}) AS \"Value\"")
                .SingleAsync(cancellationToken);
            if (!acquired)
            {
                return 0;
            }
        }

        var changed = await workflow.RunScheduledAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changed > 0)
        {
            logger.LogInformation("Scheduled publishing changed {Count} items", changed);
        }

        return changed;
    }
}
