using System.Text.Json.Serialization;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>What happens on submit, who reads the entries, how long they are kept and when the form is open.</summary>
public sealed class FormSettings
{
    public string? SubmitLabel { get; set; }

    public string? ConfirmationMessage { get; set; }

    /// <summary>A local path (or an https address) shown instead of the confirmation message.</summary>
    public string? RedirectUrl { get; set; }

    public List<string> NotifyEmails { get; set; } = [];

    /// <summary>Backoffice roles whose users receive the notification.</summary>
    public List<string> NotifyRoles { get; set; } = [];

    /// <summary>Sends the submitter a copy of the answers (sensitive fields left out) at the form's first email field.</summary>
    public bool ConfirmationEmail { get; set; }

    public bool StoreEntries { get; set; } = true;

    /// <summary>Entries older than this are deleted with their files by the daily purge; null keeps them.</summary>
    /// <remarks>Written even when null: documents leave nulls out, and a missing value would read back as the default.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? RetentionDays { get; set; } = 365;

    /// <summary>Roles that may read entries besides administrators and editors.</summary>
    public List<string> ReaderRoles { get; set; } = [];

    /// <summary>Roles that may read fields flagged sensitive besides administrators.</summary>
    public List<string> SensitiveReaderRoles { get; set; } = [];

    public DateTime? OpensUtc { get; set; }

    public DateTime? ClosesUtc { get; set; }

    /// <summary>Each person answers once, through a personal link sent to their email address.</summary>
    public bool OneAnswerPerPerson { get; set; }

    /// <summary>A summary of the answers is shown before sending.</summary>
    public bool ShowSummary { get; set; }

    /// <summary>Aggregated results are public at /moduli/{slug}/risultati (groups under 5 answers hidden).</summary>
    public bool PublicResults { get; set; }
}
