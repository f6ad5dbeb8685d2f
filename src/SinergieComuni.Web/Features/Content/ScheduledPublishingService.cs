namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// Checks for due scheduled publications every <c>Content:SchedulerIntervalSeconds</c> (30 by default);
/// <c>Content:SchedulerEnabled</c> = false turns it off (tests drive the scheduler themselves with their own clock).
/// </summary>
public sealed class ScheduledPublishingService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Content:SchedulerEnabled", true))
        {
            return;
        }

        var seconds = Math.Clamp(configuration.GetValue("Content:SchedulerIntervalSeconds", 30), 1, 3600);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduledPublishing>().RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run is retried at the next tick; nothing is half-done because each run is one transaction.
                logger.LogError(e, "Scheduled publishing failed");
            }
        }
    }
}
