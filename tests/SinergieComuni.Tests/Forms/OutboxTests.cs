using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Tests.Forms;

/// <summary>
/// The mail outbox: mail queued with the change that caused it, sent by a background worker with retries, at least
/// once even when a worker dies mid-send. The fixture's own worker is stopped, so the only workers are those each test
/// starts (a second app on the same database, or worker instances); every test counts only its own messages.
/// </summary>
public abstract class OutboxTests(SinergieAppFactory factory) : IAsyncLifetime
{
    private const string ItalianBody = "Gentile socia,\r\nla sua iscrizione è confermata: città di Melegnano, «Caffè sospeso», più di 3 € — perché sì.";

    public async Task InitializeAsync()
    {
        foreach (var worker in factory.Services.GetServices<IHostedService>().OfType<OutboxWorker>())
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Mail_queued_in_a_committed_transaction_is_delivered_and_mail_of_a_rolled_back_one_never_is()
    {
        var token = TestWords.Token();
        var first = $"prima-{token}@prova.it";
        var cancelled = $"annullata-{token}@prova.it";
        var second = $"seconda-{token}@prova.it";

        // The site's own worker, polling once an hour: only the wake-up after a commit can make it send quickly.
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("Mail:Outbox:PollSeconds", "3600"));
        await EnqueueAsync(app.Services, commit: true, first, $"Iscrizione confermata – città {token}");
        await EventuallyAsync(() => Task.FromResult(MailTo(first).Count == 1), "the first message is written to the outbox folder");

        await EnqueueAsync(app.Services, commit: false, cancelled, $"Annullata {token}");
        await EnqueueAsync(app.Services, commit: true, second, $"Seconda conferma {token}");
        await EventuallyAsync(() => Task.FromResult(MailTo(second).Count == 1), "the second message is written to the outbox folder");

        var eml = Assert.Single(MailTo(first));
        Assert.Equal($"Iscrizione confermata – città {token}", MailOutbox.Subject(eml));
        Assert.Equal(ItalianBody, MailOutbox.DecodeBody(eml));
        Assert.Empty(MailTo(cancelled));
        await EventuallyAsync(async () => (await RowsAsync(token)).All(r => r.SentUtc is not null), "both messages are marked as sent");
        var rows = await RowsAsync(token);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Null(r.ClaimedUntilUtc));
    }

    [Fact]
    public async Task During_an_SMTP_outage_attempts_are_recorded_and_every_message_is_delivered_once_the_server_is_back()
    {
        var token = TestWords.Token();
        await using var smtp = new LoopbackSmtpServer { Refusing = true };
        var worker = Worker(smtp, new OutboxOptions());
        var subjects = Enumerable.Range(1, 3).Select(i => $"Avviso {i} {token}").ToArray();
        await EnqueueAsync(factory.Services, commit: true, $"gestore-{token}@prova.it", subjects);

        await DrainAsync(worker);
        var rows = await RowsAsync(token);
        Assert.All(rows, r =>
        {
            Assert.Equal(1, r.Attempts);
            Assert.Null(r.SentUtc);
            Assert.Null(r.ClaimedUntilUtc);
            Assert.Contains("SmtpException", r.LastError, StringComparison.Ordinal);
            Assert.InRange(r.NextAttemptUtc - Now(), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30));
        });

        // Not due yet: a pass now does not try again.
        await DrainAsync(worker);
        Assert.All(await RowsAsync(token), r => Assert.Equal(1, r.Attempts));

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await DrainAsync(worker);
        Assert.All(await RowsAsync(token), r =>
        {
            Assert.Equal(2, r.Attempts);
            Assert.InRange(r.NextAttemptUtc - Now(), TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(60));
        });
        Assert.True(smtp.RefusedConnections >= 6);

        smtp.Refusing = false;
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await DrainAsync(worker);

        var delivered = smtp.MessagesSnapshot().Select(m => MailOutbox.Subject(m.Data)).ToList();
        Assert.All(subjects, s => Assert.Single(delivered, d => d == s));
        Assert.All(await RowsAsync(token), r =>
        {
            Assert.NotNull(r.SentUtc);
            Assert.Equal(3, r.Attempts);
        });
        var message = smtp.MessagesSnapshot().First(m => MailOutbox.Subject(m.Data) == subjects[0]);
        Assert.Equal($"<gestore-{token}@prova.it>", Assert.Single(message.To));
        Assert.Equal(ItalianBody, MailOutbox.DecodeBody(message.Data));
    }

    [Fact]
    public async Task A_site_stopped_while_sending_leaves_the_message_to_be_sent_by_the_next_one()
    {
        var token = TestWords.Token();
        await using var smtp = new LoopbackSmtpServer { HangingOnData = true };
        void SmtpSite(IWebHostBuilder b) => b
            .UseSetting("Mail:SmtpHost", "127.0.0.1")
            .UseSetting("Mail:SmtpPort", smtp.Port.ToString(CultureInfo.InvariantCulture))
            .UseSetting("Mail:SmtpEnableSsl", "false")
            .UseSetting("Mail:Outbox:PollSeconds", "1");
        var subjects = Enumerable.Range(1, 3).Select(i => $"Ricevuta {i} {token}").ToArray();

        var killed = factory.WithWebHostBuilder(SmtpSite);
        await EnqueueAsync(killed.Services, commit: true, $"utente-{token}@prova.it", subjects);
        await EventuallyAsync(() => Task.FromResult(smtp.HangingConversations == 1), "the worker is waiting for the server's answer to the data");
        await killed.DisposeAsync();

        var inFlight = Assert.Single(await RowsAsync(token), r => r.ClaimedUntilUtc is not null);
        Assert.All(await RowsAsync(token), r => Assert.Null(r.SentUtc));
        Assert.Empty(smtp.MessagesSnapshot());

        smtp.HangingOnData = false;
        await using var restarted = factory.WithWebHostBuilder(SmtpSite);
        _ = restarted.Services;
        await EventuallyAsync(() => Task.FromResult(smtp.MessagesSnapshot().Count == 2), "the two unclaimed messages are sent");
        Assert.DoesNotContain(smtp.MessagesSnapshot(), m => MailOutbox.Subject(m.Data) == inFlight.Subject);

        // Once the dead worker's claim has expired, the message it was sending goes out again.
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        await EventuallyAsync(() => Task.FromResult(smtp.MessagesSnapshot().Count == 3), "the message of the stopped site is sent");

        var delivered = smtp.MessagesSnapshot().Select(m => MailOutbox.Subject(m.Data)).ToList();
        Assert.All(subjects, s => Assert.Contains(s, delivered));
        await EventuallyAsync(async () => (await RowsAsync(token)).All(r => r.SentUtc is not null), "every message is marked as sent");
    }

    [Fact]
    public async Task Two_workers_on_the_same_database_deliver_fifty_messages_each_exactly_once()
    {
        var token = TestWords.Token();
        await using var smtpA = new LoopbackSmtpServer();
        await using var smtpB = new LoopbackSmtpServer();
        var options = new OutboxOptions { BatchSize = 5, PollSeconds = 1 };
        var workerA = Worker(smtpA, options);
        var workerB = Worker(smtpB, options);
        await workerA.StartAsync(CancellationToken.None);
        await workerB.StartAsync(CancellationToken.None);
        try
        {
            var subjects = Enumerable.Range(1, 50).Select(i => $"Notifica {i:00} {token}").ToArray();
            await EnqueueAsync(factory.Services, commit: true, $"ufficio-{token}@prova.it", subjects);
            await EventuallyAsync(() => Task.FromResult(smtpA.MessagesSnapshot().Count + smtpB.MessagesSnapshot().Count >= 50), "fifty messages are delivered");

            var byA = smtpA.MessagesSnapshot().Select(m => MailOutbox.Subject(m.Data)).ToList();
            var byB = smtpB.MessagesSnapshot().Select(m => MailOutbox.Subject(m.Data)).ToList();
            Assert.Equal(subjects.Order(StringComparer.Ordinal), byA.Concat(byB).Order(StringComparer.Ordinal));
            Assert.Empty(byA.Intersect(byB));
            await EventuallyAsync(async () => (await RowsAsync(token)).All(r => r.SentUtc is not null), "every message is marked as sent");
            Assert.All(await RowsAsync(token), r => Assert.Equal(1, r.Attempts));
        }
        finally
        {
            await workerA.StopAsync(CancellationToken.None);
            await workerB.StopAsync(CancellationToken.None);
            workerA.Dispose();
            workerB.Dispose();
        }
    }

    [Fact]
    public async Task A_message_whose_attempts_are_exhausted_is_set_aside_and_never_retried()
    {
        var token = TestWords.Token();
        await using var smtp = new LoopbackSmtpServer { Refusing = true };
        var worker = Worker(smtp, new OutboxOptions { MaxAttempts = 3 });
        await EnqueueAsync(factory.Services, commit: true, $"assente-{token}@prova.it", $"Promemoria {token}");

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Null(Assert.Single(await RowsAsync(token)).FailedUtc);
            await DrainAsync(worker);
            factory.Clock.Advance(TimeSpan.FromHours(2));
        }

        var row = Assert.Single(await RowsAsync(token));
        Assert.Equal(3, row.Attempts);
        Assert.NotNull(row.FailedUtc);
        Assert.Null(row.SentUtc);
        Assert.Contains("SmtpException", row.LastError, StringComparison.Ordinal);

        var refused = smtp.RefusedConnections;
        smtp.Refusing = false;
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await DrainAsync(worker);
        Assert.Equal(3, Assert.Single(await RowsAsync(token)).Attempts);
        Assert.Equal(refused, smtp.RefusedConnections);
        Assert.Empty(smtp.MessagesSnapshot());
    }

    [Fact]
    public async Task A_message_to_a_malformed_address_is_set_aside_at_the_first_attempt()
    {
        var token = TestWords.Token();
        await using var smtp = new LoopbackSmtpServer();
        await EnqueueAsync(factory.Services, commit: true, $"non è un indirizzo {token}", $"Indirizzo sbagliato {token}");

        await DrainAsync(Worker(smtp, new OutboxOptions()));

        var row = Assert.Single(await RowsAsync(token));
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.FailedUtc);
        Assert.Empty(smtp.MessagesSnapshot());
    }

    private DateTime Now() => factory.Clock.GetUtcNow().UtcDateTime;

    private static async Task EnqueueAsync(IServiceProvider services, bool commit, string to, params string[] subjects)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var subject in subjects)
        {
            outbox.Enqueue(to, subject, ItalianBody);
        }

        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
    }

    private async Task<List<OutboxMessage>> RowsAsync(string token)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Subject.Contains(token)).ToListAsync();
    }

    private List<string> MailTo(string recipient) =>
        [.. MailOutbox.AllMessages(factory).Where(m => m.Contains("To: " + recipient, StringComparison.OrdinalIgnoreCase))];

    /// <summary>A worker of its own (not started: tests call it pass by pass, or start it), sending to <paramref name="smtp"/>.</summary>
    private OutboxWorker Worker(LoopbackSmtpServer smtp, OutboxOptions options)
    {
        var sender = new MailSender(
            Options.Create(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, SmtpEnableSsl = false }),
            factory.Services.GetRequiredService<IOptions<AppOptions>>(),
            factory.Services.GetRequiredService<IHostEnvironment>(),
            NullLogger<MailSender>.Instance);
        return new OutboxWorker(
            factory.Services.GetRequiredService<IServiceScopeFactory>(),
            sender,
            factory.Services.GetRequiredService<OutboxSignal>(),
            Options.Create(options),
            factory.Clock,
            NullLogger<OutboxWorker>.Instance);
    }

    private static async Task DrainAsync(OutboxWorker worker)
    {
        while (await worker.SendDueAsync(CancellationToken.None))
        {
        }
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(25);
        }
    }
}

public sealed class OutboxTestsOnSqlite(SqliteAppFactory factory) : OutboxTests(factory), IClassFixture<SqliteAppFactory>;

public sealed class OutboxTestsOnPostgres(PostgresAppFactory factory) : OutboxTests(factory), IClassFixture<PostgresAppFactory>;
