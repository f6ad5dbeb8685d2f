using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Infrastructure;

/// <summary>
/// Sends the outbox's due messages through <see cref="MailSender"/>, when woken by <see cref="OutboxSignal"/> or every
/// <see cref="OutboxOptions.PollSeconds"/>. Each message is claimed with a conditional update before it is sent, so
/// two workers (in one process or in two instances) never send it at the same time; a worker that dies mid-send
/// leaves its claim to expire and the message is sent again: at least once, never zero times.
/// </summary>
public sealed class OutboxWorker(
    IServiceScopeFactory scopes,
    MailSender sender,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private const int MaxErrorLength = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var poll = TimeSpan.FromSeconds(Math.Clamp(options.Value.PollSeconds, 1, 3600));
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before looking, so a message committed while this pass runs wakes the next one at once.
            var wake = signal.Next;
            var more = false;
            try
            {
                more = await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Typically the database is unreachable (or going away at shutdown): nothing was marked, so the
                // messages stay due and the next pass retries them.
                logger.LogError(e, "The mail outbox could not be processed; retrying in {PollSeconds} s", poll.TotalSeconds);
            }

            if (more)
            {
                continue;
            }

            try
            {
                await wake.WaitAsync(poll, clock, stoppingToken);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Sends one batch of due messages; true when the batch was full, so more may be waiting.</summary>
    public async Task<bool> SendDueAsync(CancellationToken cancellationToken)
    {
        var batchSize = Math.Clamp(options.Value.BatchSize, 1, 1000);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentUtc == null && m.FailedUtc == null && m.NextAttemptUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.NextAttemptUtc)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        foreach (var message in due)
        {
            await SendAsync(db, message, cancellationToken);
        }

        return due.Count == batchSize;
    }

    private async Task SendAsync(SinergieDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var claimedUntil = WholeMilliseconds(clock.GetUtcNow().UtcDateTime.AddSeconds(Math.Max(options.Value.ClaimSeconds, 1)));
        if (!await ClaimAsync(db, message, claimedUntil, cancellationToken))
        {
            return;
        }

        if (!System.Net.Mail.MailAddress.TryCreate(message.To, out _))
        {
            // A malformed address will never work: no point in two days of retries.
            await RecordFailureAsync(db, message, claimedUntil, new FormatException("The recipient address is not a valid e-mail address."), permanent: true);
            return;
        }

        try
        {
            await sender.SendAsync(message.To, message.Subject, message.Body, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: leave the claim as a crash would; once it expires the message is sent again.
            throw;
        }
        catch (Exception e)
        {
            await RecordFailureAsync(db, message, claimedUntil, e, permanent: false);
            return;
        }

        // Not cancellable: the mail is gone, and marking it now avoids sending it twice after a restart.
        var sentUtc = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.SentUtc == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.SentUtc, sentUtc)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                CancellationToken.None);
    }

    /// <summary>
    /// Reserves the message if nobody changed it since it was read: the update matches the claim and attempt count
    /// that were read, so of two workers racing for it exactly one updates a row.
    /// </summary>
    private static async Task<bool> ClaimAsync(SinergieDbContext db, OutboxMessage message, DateTime claimedUntil, CancellationToken cancellationToken)
    {
        var query = db.OutboxMessages.Where(m => m.Id == message.Id && m.SentUtc == null && m.FailedUtc == null && m.Attempts == message.Attempts);
        var previousClaim = message.ClaimedUntilUtc;
        query = previousClaim is { } previous
            ? query.Where(m => m.ClaimedUntilUtc == previous)
            : query.Where(m => m.ClaimedUntilUtc == null);
        var updated = await query.ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, claimedUntil), cancellationToken);
        return updated == 1;
    }

    private async Task RecordFailureAsync(SinergieDbContext db, OutboxMessage message, DateTime claimedUntil, Exception error, bool permanent)
    {
        var settings = options.Value;
        var attempts = message.Attempts + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        var exhausted = permanent || attempts >= Math.Max(settings.MaxAttempts, 1);
        var nextAttempt = now + Backoff(attempts, settings);
        DateTime? failedUtc = exhausted ? now : null;
        var lastError = Describe(error);

        // Only while the claim is still ours: if it expired and another worker took the message, that worker decides.
        await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.SentUtc == null && m.ClaimedUntilUtc == claimedUntil)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.LastError, lastError)
                    .SetProperty(m => m.NextAttemptUtc, nextAttempt)
                    .SetProperty(m => m.FailedUtc, failedUtc)
                    .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null),
                CancellationToken.None);

        if (exhausted)
        {
            logger.LogError(error, "Mail {MessageId} abandoned after {Attempts} attempts", message.Id, attempts);
        }
        else
        {
            logger.LogWarning(error, "Mail {MessageId} not sent (attempt {Attempts} of {MaxAttempts}); next attempt at {NextAttemptUtc:O}",
                message.Id, attempts, settings.MaxAttempts, nextAttempt);
        }
    }

    /// <summary>Exponential back-off with jitter, so instances recovering from the same outage do not retry in step.</summary>
    public static TimeSpan Backoff(int attempts, OutboxOptions settings)
    {
        var first = Math.Max(settings.FirstRetrySeconds, 0);
        var cap = Math.Max(settings.MaxRetrySeconds, first);
        var seconds = Math.Min(cap, first * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (0.2 * Random.Shared.NextDouble())));
    }

    /// <summary>Type and message of the error and its causes, no stack trace; SMTP errors carry no credentials.</summary>
    private static string Describe(Exception error)
    {
        var parts = new List<string>();
        for (var e = error; e is not null && parts.Count < 4; e = e.InnerException)
        {
            parts.Add($"{e.GetType().Name}: {e.Message}");
        }

        var text = string.Join(" ← ", parts);
        return text.Length > MaxErrorLength ? text[..(MaxErrorLength - 1)] + "…" : text;
    }

    /// <summary>Both providers store this exactly (PostgreSQL keeps microseconds), so the claim can be matched later.</summary>
    private static DateTime WholeMilliseconds(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
