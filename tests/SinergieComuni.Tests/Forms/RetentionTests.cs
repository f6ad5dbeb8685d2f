using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Tests.Forms;

/// <summary>Entries older than their form's retention period are deleted with their files; nothing else is.</summary>
public abstract class RetentionTests(SinergieAppFactory factory)
{
    [Fact]
    public async Task Purge_removes_exactly_the_expired_entries_and_their_files()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var limit = now.AddDays(-30);
        var form = await factory.CreateFormAsync(retentionDays: 30);
        var keepForever = await factory.CreateFormAsync(retentionDays: null);
        var longer = await factory.CreateFormAsync(retentionDays: 365);
        var expired = await factory.AddEntryAsync(form, limit.AddSeconds(-1), withFile: true);
        var justInTime = await factory.AddEntryAsync(form, limit.AddSeconds(1), withFile: true);
        var recent = await factory.AddEntryAsync(form, now.AddDays(-1));
        var ancient = await factory.AddEntryAsync(keepForever, now.AddYears(-5), withFile: true);
        var otherForm = await factory.AddEntryAsync(longer, now.AddDays(-100));

        var purged = await PurgeAsync(now);

        var line = Assert.Single(purged, p => p.FormId == form);
        Assert.Equal((1, 1), (line.Entries, line.Files));
        Assert.DoesNotContain(purged, p => p.FormId == keepForever || p.FormId == longer);
        var left = await factory.DbAsync(db => db.FormEntries.Where(e => e.FormId == form || e.FormId == keepForever || e.FormId == longer).Select(e => e.Id).ToListAsync());
        Assert.Equal(new[] { justInTime.Entry.Id, recent.Entry.Id, ancient.Entry.Id, otherForm.Entry.Id }.Order(), left.Order());
        Assert.False(await factory.DbAsync(db => db.FormEntryFiles.AnyAsync(f => f.Id == expired.File!.Id)));
        Assert.False(await factory.StoredAsync(expired.File!));
        Assert.True(await factory.StoredAsync(justInTime.File!));
        Assert.True(await factory.StoredAsync(ancient.File!));
    }

    [Fact]
    public async Task Purge_goes_through_more_entries_than_one_batch_and_a_second_run_finds_nothing()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var form = await factory.CreateFormAsync(retentionDays: 10);
        await factory.DbAsync(async db =>
        {
            db.FormEntries.AddRange(Enumerable.Range(0, EntryRetention.BatchSize * 2 + 7).Select(i => new FormEntry
            {
                FormId = form,
                FormVersion = 1,
                SubmissionId = Guid.NewGuid(),
                CreatedUtc = now.AddDays(-11).AddMinutes(-i),
            }));
            return await db.SaveChangesAsync();
        });

        var first = await PurgeAsync(now);
        var second = await PurgeAsync(now);

        Assert.Equal(EntryRetention.BatchSize * 2 + 7, Assert.Single(first, p => p.FormId == form).Entries);
        Assert.DoesNotContain(second, p => p.FormId == form);
        Assert.Equal(0, await factory.DbAsync(db => db.FormEntries.CountAsync(e => e.FormId == form)));
    }

    [Fact]
    public async Task The_daily_service_runs_the_purge_soon_after_start()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var form = await factory.CreateFormAsync(retentionDays: 7);
        var expired = await factory.AddEntryAsync(form, now.AddDays(-8), withFile: true);
        var kept = await factory.AddEntryAsync(form, now.AddDays(-6));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Forms:RetentionEnabled"] = "true",
            ["Forms:RetentionFirstRunSeconds"] = "0",
        }).Build();
        using var service = new EntryRetentionService(
            factory.Services.GetRequiredService<IServiceScopeFactory>(), configuration, factory.Clock, NullLogger<EntryRetentionService>.Instance);

        await service.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (await factory.DbAsync(db => db.FormEntries.AnyAsync(e => e.Id == expired.Entry.Id)) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.False(await factory.DbAsync(db => db.FormEntries.AnyAsync(e => e.Id == expired.Entry.Id)));
        Assert.False(await factory.StoredAsync(expired.File!));
        Assert.True(await factory.DbAsync(db => db.FormEntries.AnyAsync(e => e.Id == kept.Entry.Id)));
    }

    [Fact]
    public async Task A_failing_purge_is_caught_so_the_host_keeps_running()
    {
        var configuration = new ConfigurationBuilder().Build();
        var scopes = new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        using var service = new EntryRetentionService(scopes, configuration, factory.Clock, NullLogger<EntryRetentionService>.Instance);

        Assert.Equal(0, await service.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_sweep_removes_day_old_form_files_no_entry_points_to_and_nothing_else()
    {
        var formId = await factory.CreateFormAsync(retentionDays: null);
        var (_, kept) = await factory.AddEntryAsync(formId, DateTime.UtcNow.AddDays(-5), withFile: true);
        var oldOrphan = new FormEntryFile();
        var freshOrphan = new FormEntryFile();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var storage = scope.ServiceProvider.GetRequiredService<SinergieComuni.Web.Features.Media.IFileStorage>();
            await storage.SaveAsync(oldOrphan.StorageKey, new MemoryStream([1, 2, 3]), CancellationToken.None);
            await storage.SaveAsync(freshOrphan.StorageKey, new MemoryStream([4, 5, 6]), CancellationToken.None);
        }

        foreach (var key in new[] { oldOrphan.StorageKey, kept!.StorageKey })
        {
            File.SetLastWriteTimeUtc(Path.Combine(factory.DataPath, "files", key), DateTime.UtcNow.AddDays(-2));
        }

        await using var sweep = factory.Services.CreateAsyncScope();
        var removed = await sweep.ServiceProvider.GetRequiredService<EntryRetention>().SweepOrphanFilesAsync(DateTime.UtcNow, CancellationToken.None);

        Assert.True(removed >= 1);
        Assert.False(await factory.StoredAsync(oldOrphan));
        Assert.True(await factory.StoredAsync(freshOrphan));
        Assert.True(await factory.StoredAsync(kept));
    }

    private async Task<IReadOnlyList<EntryRetention.Purged>> PurgeAsync(DateTime now)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EntryRetention>().PurgeExpiredAsync(now, CancellationToken.None);
    }
}

public sealed class RetentionTestsOnSqlite(SqliteAppFactory factory) : RetentionTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class RetentionTestsOnPostgres(PostgresAppFactory factory) : RetentionTests(factory), IClassFixture<PostgresAppFactory>;
