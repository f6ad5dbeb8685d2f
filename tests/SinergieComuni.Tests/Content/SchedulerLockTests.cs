using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using static SinergieComuni.Tests.Fixtures.ContentFixtures;

namespace SinergieComuni.Tests.Content;

/// <summary>With several instances on one PostgreSQL, only the instance holding the lock runs scheduled publications.</summary>
public sealed class SchedulerLockTests(PostgresAppFactory factory) : IClassFixture<PostgresAppFactory>
{
    [Fact]
    public async Task A_second_instance_skips_the_run_while_another_holds_the_lock()
    {
        var id = await factory.CreateAsync(ContentTypes.Page, Page());
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        Assert.True((await factory.WorkflowAsync(w => w.ScheduleAsync(Editor, id, now.AddMinutes(10), null, null, CancellationToken.None))).Succeeded);
        factory.Clock.Advance(TimeSpan.FromMinutes(11));

        // "Another instance" is in the middle of its run: it holds the transaction-scoped advisory lock.
        var connectionString = await factory.DbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var other = new NpgsqlConnection(connectionString);
        await other.OpenAsync();
        await using var otherTransaction = await other.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(1549533185)", other, otherTransaction))
        {
            await take.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, await RunOnceAsync());
        Assert.False(await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.PublishedVersion != null).SingleAsync()));

        await otherTransaction.RollbackAsync();
        Assert.Equal(1, await RunOnceAsync());
        Assert.True(await factory.DbAsync(db => db.ContentItems.Where(i => i.Id == id).Select(i => i.PublishedVersion != null).SingleAsync()));
    }

    private async Task<int> RunOnceAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledPublishing>().RunOnceAsync(CancellationToken.None);
    }
}
