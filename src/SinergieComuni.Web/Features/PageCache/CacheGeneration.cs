using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.PageCache;

/// <summary>
/// The number in every cached page's key. A change makes every page cached before it unreachable at once, even one
/// being rendered from data read just before the change committed. Instances share changes through the
/// SiteSettings row <see cref="SettingKey"/>, which each reads at most every few seconds.
/// </summary>
public sealed class CacheGeneration(IOutputCacheStore store, IServiceScopeFactory scopes, TimeProvider clock,
    IOptions<PageCacheOptions> options, ILogger<CacheGeneration> logger)
{
    public const string SettingKey = "cache.generation";

    private readonly SemaphoreSlim _checking = new(1, 1);
    private long _generation;
    private string? _sharedValue;
    private long _checkedAtTicks = long.MinValue;

    /// <summary>The local generation, after a look at the shared one when the last look is old enough.</summary>
    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetTimestamp();
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.GenerationCheckSeconds));
        if (Interlocked.Read(ref _checkedAtTicks) != long.MinValue && clock.GetElapsedTime(Interlocked.Read(ref _checkedAtTicks), now) < interval)
        {
            return Interlocked.Read(ref _generation);
        }

        // One request looks; the others go on with the generation they know.
        if (!await _checking.WaitAsync(0, cancellationToken))
        {
            return Interlocked.Read(ref _generation);
        }

        try
        {
            var shared = await ReadSharedAsync(cancellationToken);
            if (_sharedValue is not null && shared != _sharedValue)
            {
                await InvalidateLocallyAsync(cancellationToken);
            }

            _sharedValue = shared;
            Interlocked.Exchange(ref _checkedAtTicks, now);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogWarning(e, "The shared page-cache generation could not be read");
        }
        finally
        {
            _checking.Release();
        }

        return Interlocked.Read(ref _generation);
    }

    /// <summary>Makes every page cached on this instance unreachable and frees them.</summary>
    public async Task InvalidateLocallyAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        await store.EvictByTagAsync(PageCacheFeature.Tag, cancellationToken);
    }

    /// <summary>The synchronous half, for disposal: new keys at once, memory freed in the background.</summary>
    public void InvalidateLocally()
    {
        Interlocked.Increment(ref _generation);
        _ = store.EvictByTagAsync(PageCacheFeature.Tag, CancellationToken.None).AsTask();
    }

    /// <summary>
    /// Writes a new shared generation through <paramref name="db"/>, inside the caller's transaction when it has one,
    /// so the other instances see it exactly when the change commits. Returns the value written.
    /// </summary>
    public async Task<string> WriteSharedAsync(SinergieDbContext db, CancellationToken cancellationToken)
    {
        var value = System.Text.Json.JsonSerializer.Serialize(Guid.NewGuid().ToString("N"));
        var now = clock.GetUtcNow().UtcDateTime;
        // An upsert without the revision check: two instances writing at once must both succeed.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "SiteSettings" ("Key", "ValueJson", "UpdatedUtc", "UpdatedBy", "Revision") VALUES ({SettingKey}, {value}, {now}, {"sistema"}, 1)
            ON CONFLICT ("Key") DO UPDATE SET "ValueJson" = excluded."ValueJson", "UpdatedUtc" = excluded."UpdatedUtc", "Revision" = "SiteSettings"."Revision" + 1
            """,
            cancellationToken);
        return value;
    }

    /// <summary>Remembers a value this instance wrote, so it does not evict its pages a second time when it reads it.</summary>
    public void Saw(string sharedValue) => _sharedValue = sharedValue;

    private async Task<string?> ReadSharedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        return await db.SiteSettings.AsNoTracking()
            .Where(s => s.Key == SettingKey)
            .Select(s => s.ValueJson)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
