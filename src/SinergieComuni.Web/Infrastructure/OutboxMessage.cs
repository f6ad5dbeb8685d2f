using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Infrastructure;

/// <summary>
/// An email waiting to be sent. It is written in the same transaction as what caused it, and the outbox worker
/// sends it later with retries: an SMTP outage delays mail, it never loses it. A worker that dies mid-send leaves
/// its claim to expire, so the message is sent again (at least once, never zero times).
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    /// <summary>Set by the worker that claimed the message; another worker may take it once this time has passed.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>Set when the attempts are exhausted: kept for an administrator to look at, never retried again.</summary>
    public DateTime? FailedUtc { get; set; }

    public string? LastError { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.To).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => new { m.SentUtc, m.FailedUtc, m.NextAttemptUtc });
    }
}
