using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Tests.Forms;

/// <summary>The outbox worker against a database it cannot use yet (SQLite file without tables): it must keep going.</summary>
public sealed class OutboxDatabaseOutageTests
{
    [Fact]
    public async Task The_worker_survives_database_errors_and_sends_once_the_database_is_usable()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "sinergie-outbox-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var options = new DbContextOptionsBuilder<SqliteSinergieDbContext>()
            .UseSqlite($"Data Source={Path.Combine(dataPath, "outbox.db")};Pooling=False")
            .Options;
        var contexts = 0;
        await using var services = new ServiceCollection()
            .AddScoped<SinergieDbContext>(_ =>
            {
                Interlocked.Increment(ref contexts);
                return new SqliteSinergieDbContext(options);
            })
            .BuildServiceProvider();
        var signal = new OutboxSignal();
        var sender = new MailSender(
            Options.Create(new MailOptions()),
            Options.Create(new AppOptions { DataPath = dataPath }),
            new HostingEnvironment { ContentRootPath = dataPath, EnvironmentName = "Testing" },
            NullLogger<MailSender>.Instance);
        using var worker = new OutboxWorker(
            services.GetRequiredService<IServiceScopeFactory>(),
            sender,
            signal,
            Options.Create(new OutboxOptions { PollSeconds = 1 }),
            TimeProvider.System,
            NullLogger<OutboxWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        await EventuallyAsync(() => Volatile.Read(ref contexts) >= 2, "the worker tries again after a failed pass");
        Assert.False(worker.ExecuteTask!.IsCompleted);

        await using (var db = new SqliteSinergieDbContext(options))
        {
            await db.Database.MigrateAsync();
            using var outbox = new Outbox(db, TimeProvider.System, signal);
            outbox.Enqueue("ritorno@prova.it", "Di nuovo in linea", "Il database è tornato disponibile.");
            await db.SaveChangesAsync();
        }

        var folder = Path.Combine(dataPath, "mail-outbox");
        await EventuallyAsync(() => Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml").Length == 1, "the message is written");
        await worker.StopAsync(CancellationToken.None);
        Assert.True(worker.ExecuteTask.IsCompletedSuccessfully);
        Directory.Delete(dataPath, recursive: true);
    }

    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(25);
        }
    }
}
