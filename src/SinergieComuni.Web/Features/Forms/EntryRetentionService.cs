namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Runs <see cref="EntryRetention"/> shortly after start (<c>Forms:RetentionFirstRunSeconds</c>, 60 by default) and then
/// every 24 hours; <c>Forms:RetentionEnabled</c> = false turns it off (tests drive the purge themselves). A failed run is
/// logged and retried at the next one; several instances may run it at once because deleting twice is harmless.
/// </summary>
public sealed class EntryRetentionService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<EntryRetentionService> logger) : BackgroundService
{
    public static TimeSpan Interval { get; } = TimeSpan.FromHours(24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Forms:RetentionEnabled", true))
        {
            return;
        }

        var firstRun = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Forms:RetentionFirstRunSeconds", 60), 0, 86_400));
        try
        {
            await Task.Delay(firstRun, clock, stoppingToken);
            using var timer = new PeriodicTimer(Interval, clock);
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>One purge (and a sweep of files no entry points to); returns the number of entries deleted (0 when the run failed).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var retention = scope.ServiceProvider.GetRequiredService<EntryRetention>();
            var purged = await retention.PurgeExpiredAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
            await retention.SweepOrphanFilesAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
            return purged.Sum(p => p.Entries);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The purge of expired form entries failed; it runs again in {Hours} hours", Interval.TotalHours);
            return 0;
        }
    }
}
