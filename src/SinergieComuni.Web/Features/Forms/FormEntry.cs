using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// One submission. It keeps the form version it answered, so it always displays with the questions it was given.
/// No IP address or user agent is stored.
/// </summary>
public sealed class FormEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>The form's content item.</summary>
    public Guid FormId { get; set; }

    public int FormVersion { get; set; }

    /// <summary>Issued with the rendered form: a second post of the same page (double click, replay) is not stored again.</summary>
    public Guid SubmissionId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public EntryState State { get; set; }

    /// <summary>Answers by field key (matrix rows as "field:row"), each a list of strings.</summary>
    public string AnswersJson { get; set; } = "{}";

    /// <summary>The submitter's address in lower case, for GDPR export and erasure by email.</summary>
    public string? Email { get; set; }

    /// <summary>Lower-case text of the non-sensitive answers, for the entries' text filter.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>Generated demo answers (the seed questionnaire), never real people.</summary>
    public bool IsDemo { get; set; }

    public DateTime? UpdatedUtc { get; set; }

    public string? UpdatedBy { get; set; }
}

/// <summary>nuova → letta → archiviata; an editor can move an entry back.</summary>
public enum EntryState
{
    New,
    Read,
    Archived,
}

internal sealed class FormEntryConfiguration : IEntityTypeConfiguration<FormEntry>
{
    public void Configure(EntityTypeBuilder<FormEntry> builder)
    {
        builder.ToTable("FormEntries");
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Email).HasMaxLength(254);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(e => e.SubmissionId).IsUnique();
        builder.HasIndex(e => new { e.FormId, e.CreatedUtc });
        builder.HasIndex(e => e.Email);
        builder.HasOne<Content.ContentItem>().WithMany().HasForeignKey(e => e.FormId).OnDelete(DeleteBehavior.Cascade);
    }
}
