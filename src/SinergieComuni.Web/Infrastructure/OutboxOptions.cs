namespace SinergieComuni.Web.Infrastructure;

/// <summary>How the outbox worker sends queued mail (section <c>Mail:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Mail:Outbox";

    /// <summary>Off on an instance that must not send mail (another instance does); messages wait in the table.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker looks for due messages when nothing wakes it earlier.</summary>
    public int PollSeconds { get; set; } = 10;

    /// <summary>How long a claimed message is reserved for the worker sending it; longer than an SMTP timeout (100 s).</summary>
    public int ClaimSeconds { get; set; } = 120;

    /// <summary>Attempts before a message is set aside as failed: 48 with the default back-off is about two days.</summary>
    public int MaxAttempts { get; set; } = 48;

    public int BatchSize { get; set; } = 20;

    /// <summary>Wait after the first failure; it doubles at each further failure, up to <see cref="MaxRetrySeconds"/>.</summary>
    public int FirstRetrySeconds { get; set; } = 30;

    public int MaxRetrySeconds { get; set; } = 3600;
}
