using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// Rebuilds both indexes into a new generation while the current one keeps answering; then switches in one
/// transaction and removes the old rows. Changes published meanwhile go to both generations (see
/// <see cref="SearchIndexer"/>). Progress lives in the state row, so every instance and the CLI can show it.
/// </summary>
public sealed class SearchRebuilder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SearchRebuilder> logger)
{
    public const int BatchSize = 500;

    /// <summary>A rebuild whose heartbeat is older than this is taken to have died and may be replaced.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    /// <summary>What a rebuild did; <see cref="Serving"/> is when the new index took over (old rows were removed after).</summary>
    public sealed record Outcome(bool Started, int Items, TimeSpan Elapsed, string Message, TimeSpan? Serving = null);

    public async Task<Outcome> RebuildAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken, int batchSize = BatchSize)
    {
        var stopwatch = Stopwatch.StartNew();
        var start = await StartAsync(cancellationToken);
        if (start is null)
        {
            return new Outcome(false, 0, stopwatch.Elapsed, "Una ricostruzione dell'indice è già in corso.");
        }

        var (generation, ids) = start.Value;
        try
        {
            var done = 0;
            var knownWords = new HashSet<string>(StringComparer.Ordinal);
            progress?.Report((0, ids.Count));

            // A pipeline: the next batch is read and analysed (CPU) while this one is written (database).
            var batches = ids.Chunk(batchSize).ToList();
            Task<Prepared>? next = batches.Count > 0 ? PrepareAsync(generation, batches[0], knownWords, cancellationToken) : null;
            try
            {
                for (var b = 0; b < batches.Count; b++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var prepared = await next!;
                    var following = b + 1 < batches.Count ? batches[b + 1] : null;
                    next = following is null ? null : Task.Run(() => PrepareAsync(generation, following, knownWords, cancellationToken), cancellationToken);
                    if (!await WriteBatchAsync(generation, prepared, done + prepared.Batch.Length, cancellationToken))
                    {
                        return new Outcome(true, done, stopwatch.Elapsed, "La ricostruzione è stata sostituita da un'altra.");
                    }

                    done += prepared.Batch.Length;
                    progress?.Report((done, ids.Count));
                }
            }
            finally
            {
                // A batch still being prepared when the loop ends early is waited for, its failure ignored.
                if (next is not null)
                {
                    await next.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                }
            }

            await SwitchAsync(generation, ids.Count, stopwatch.Elapsed, cancellationToken);
            var serving = stopwatch.Elapsed;
            await RemoveOldGenerationsAsync(generation, cancellationToken);
            await VacuumAsync(cancellationToken);
            logger.LogInformation("Search index rebuilt: {Count} items, serving after {Serving:0.0} s, old rows removed after {Seconds:0.0} s (generation {Generation})", ids.Count, serving.TotalSeconds, stopwatch.Elapsed.TotalSeconds, generation);
            return new Outcome(true, ids.Count, stopwatch.Elapsed, $"Indice ricostruito: {ids.Count} contenuti in {stopwatch.Elapsed.TotalSeconds:0.0} secondi.", serving);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Search index rebuild failed");
            await FailAsync(generation, "La ricostruzione si è interrotta per un errore: l'indice precedente resta in uso.", CancellationToken.None);
            throw;
        }
        catch (OperationCanceledException)
        {
            await FailAsync(generation, "La ricostruzione è stata interrotta: l'indice precedente resta in uso.", CancellationToken.None);
            throw;
        }
    }

    public async Task<SearchState> StateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        return await db.SearchState.AsNoTracking().FirstAsync(s => s.Id == 1, cancellationToken);
    }

    /// <summary>Whether a rebuild is running (its heartbeat is recent).</summary>
    public bool IsRunning(SearchState state) =>
        state.BuildingGeneration is not null && state.BuildHeartbeatUtc > clock.GetUtcNow().UtcDateTime - StaleAfter;

    private async Task<(int Generation, List<Guid> Ids)?> StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var state = await indexer.LockStateAsync(cancellationToken);
        if (IsRunning(state))
        {
            return null;
        }

        var generation = Math.Max(state.ActiveGeneration, state.BuildingGeneration ?? 0) + 1;
        var active = state.ActiveGeneration;

        // Rows of a build that died are of no use.
        await indexer.DeleteEntriesAsync(db.SearchEntries.Where(e => e.Generation != active), cancellationToken);
        var ids = await db.ContentItems.AsNoTracking().Where(i => i.DeletedUtc == null).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SearchState.Where(s => s.Id == 1).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.BuildingGeneration, generation)
                .SetProperty(x => x.BuildTotal, ids.Count)
                .SetProperty(x => x.BuildDone, 0)
                .SetProperty(x => x.BuildStartedUtc, now)
                .SetProperty(x => x.BuildHeartbeatUtc, now)
                .SetProperty(x => x.LastError, (string?)null),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (generation, ids);
    }

    /// <summary>A batch read and built outside the state lock, with the change counter it was read at.</summary>
    private sealed record Prepared(Guid[] Batch, long Counter, SearchIndexer.Built Built);

    private async Task<Prepared> PrepareAsync(int generation, Guid[] batch, HashSet<string> knownWords, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();

        // The counter first: whatever commits after this read shows up in SearchChanges with a larger counter.
        var counter = await db.SearchState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.ChangeCounter).FirstAsync(cancellationToken);
        var items = await db.ContentItems.AsNoTracking().Where(i => batch.Contains(i.Id)).ToListAsync(cancellationToken);
        var built = await indexer.BuildAsync(items, [generation], knownWords, cancellationToken);
        return new Prepared(batch, counter, built);
    }

    private async Task<bool> WriteBatchAsync(int generation, Prepared prepared, int doneAfter, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // With the state row held, no publication is half-way.
        var state = await indexer.LockStateAsync(cancellationToken);
        if (state.BuildingGeneration != generation)
        {
            return false;
        }

        // Items changed since the batch was read were written to this generation by the change itself (it saw the
        // rebuild under way): the batch leaves them alone. Were the log pruned meanwhile, the batch is read again.
        var built = prepared.Built;
        var batch = prepared.Batch;
        if (state.ChangeCounter - prepared.Counter > SearchCatalogue.MaxIncrementalChanges / 2)
        {
            var items = await db.ContentItems.AsNoTracking().Where(i => batch.Contains(i.Id)).ToListAsync(cancellationToken);
            built = await indexer.BuildAsync(items, [generation], null, cancellationToken);
        }
        else
        {
            var from = prepared.Counter;
            var changed = (await db.SearchChanges.AsNoTracking().Where(c => c.Counter > from && batch.Contains(c.ItemId)).Select(c => c.ItemId).ToListAsync(cancellationToken)).ToHashSet();
            if (changed.Count > 0)
            {
                built = built with
                {
                    ItemIds = [.. built.ItemIds.Where(id => !changed.Contains(id))],
                    Entries = [.. built.Entries.Where(e => !changed.Contains(e.ItemId))],
                };
            }
        }

        await indexer.WriteAsync(built, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SearchState.Where(s => s.Id == 1).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.BuildDone, doneAfter).SetProperty(x => x.BuildHeartbeatUtc, now),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task SwitchAsync(int generation, int count, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var state = await indexer.LockStateAsync(cancellationToken);
        if (state.BuildingGeneration != generation)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var seconds = (int)Math.Ceiling(elapsed.TotalSeconds);
        await db.SearchState.Where(s => s.Id == 1).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.ActiveGeneration, generation)
                .SetProperty(x => x.BuildingGeneration, (int?)null)
                .SetProperty(x => x.BuildDone, count)
                .SetProperty(x => x.LastBuildFinishedUtc, now)
                .SetProperty(x => x.LastBuildSeconds, seconds)
                .SetProperty(x => x.LastBuildCount, count),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes the rows of earlier generations a slice at a time, after the switch (searches in flight keep their snapshot).</summary>
    private async Task RemoveOldGenerationsAsync(int generation, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
            var indexer = scope.ServiceProvider.GetRequiredService<SearchIndexer>();
            var slice = await db.SearchEntries.Where(e => e.Generation < generation).OrderBy(e => e.Id).Select(e => e.Id).Take(5000).ToListAsync(cancellationToken);
            if (slice.Count == 0)
            {
                return;
            }

            await indexer.DeleteEntriesAsync(db.SearchEntries.Where(e => slice.Contains(e.Id)), cancellationToken);
        }
    }

    /// <summary>
    /// After a bulk load PostgreSQL's GIN index keeps the new rows in its pending list, which every search then reads
    /// from end to end, its statistics are stale and the old generation left dead rows: VACUUM ANALYZE settles all three.
    /// </summary>
    private async Task VacuumAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE) \"SearchEntries\", \"SearchFacetValues\", \"SearchWords\", \"SearchLocations\", \"SearchHoursSlots\", \"SearchHoursExceptions\"", cancellationToken);
        }
    }

    private async Task FailAsync(int generation, string message, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
            await db.SearchState.Where(s => s.Id == 1 && s.BuildingGeneration == generation).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.BuildingGeneration, (int?)null).SetProperty(x => x.LastError, message),
                cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not record the failed rebuild");
        }
    }
}
