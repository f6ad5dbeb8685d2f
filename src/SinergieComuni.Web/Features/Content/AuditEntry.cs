using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Content;

/// <summary>Who did what to which item, and when. Written in the same transaction as the action; never updated or deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public AuditAction Action { get; set; }

    public string? ContentType { get; set; }

    public Guid? ItemId { get; set; }

    public string? ItemTitle { get; set; }

    public string? Details { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.UserId).HasMaxLength(100);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.ContentType).HasMaxLength(40);
        builder.Property(a => a.ItemTitle).HasMaxLength(300);
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.HasIndex(a => a.AtUtc);
        builder.HasIndex(a => a.ItemId);
        builder.HasIndex(a => a.UserId);
    }
}
