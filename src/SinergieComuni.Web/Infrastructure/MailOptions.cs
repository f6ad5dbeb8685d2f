namespace SinergieComuni.Web.Infrastructure;

/// <summary>Outgoing mail: SMTP when a host is set, otherwise .eml files in the outbox folder under the data folder.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "SinergieComuni <noreply@sinergiecomuni.local>";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool SmtpEnableSsl { get; set; } = true;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public string OutboxFolder { get; set; } = "mail-outbox";
}
