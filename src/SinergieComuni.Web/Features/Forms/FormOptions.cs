namespace SinergieComuni.Web.Features.Forms;

/// <summary>Anti-spam and size limits of public forms (section "Forms").</summary>
public sealed class FormOptions
{
    public const string Section = "Forms";

    /// <summary>A form sent sooner than this after it was shown is taken for a bot: success page, nothing stored.</summary>
    public int MinFillSeconds { get; set; } = 3;

    /// <summary>Submissions per client address per minute (the address is used for the count only, never stored).</summary>
    public int SubmissionsPerMinute { get; set; } = 10;

    /// <summary>How long a shown form can wait before it must be reloaded.</summary>
    public int TokenLifetimeHours { get; set; } = 24;
}
