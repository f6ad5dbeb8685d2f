using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Infrastructure;

/// <summary>
/// Queues mail in the same unit of work as what caused it: <see cref="Enqueue"/> only adds a row, which the caller's
/// SaveChanges (and transaction) commits or discards together with its own changes. The worker is woken after a
/// save outside a transaction and again when the scope ends, by which time any transaction has committed or rolled
/// back; after a rollback the worker simply finds nothing.
/// </summary>
public sealed class Outbox(SinergieDbContext db, TimeProvider clock, OutboxSignal signal) : IDisposable
{
    public const int MaxRecipientLength = 254;
    public const int MaxSubjectLength = 300;

    private bool _queued;

    public void Enqueue(string to, string subject, string textBody)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to.Trim().Length, MaxRecipientLength, nameof(to));
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(textBody);

        var now = clock.GetUtcNow().UtcDateTime;
        db.OutboxMessages.Add(new OutboxMessage
        {
            To = to.Trim(),
            Subject = subject.Length > MaxSubjectLength ? subject[..(MaxSubjectLength - 1)] + "…" : subject,
            Body = textBody,
            CreatedUtc = now,
            NextAttemptUtc = now,
        });
        if (!_queued)
        {
            _queued = true;
            db.SavedChanges += OnSavedChanges;
        }
    }

    private void OnSavedChanges(object? sender, SavedChangesEventArgs e)
    {
        if (db.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
    }

    public void Dispose()
    {
        if (_queued)
        {
            db.SavedChanges -= OnSavedChanges;
            signal.Notify();
        }
    }
}
