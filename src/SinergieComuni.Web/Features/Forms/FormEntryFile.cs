using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>A file attached to an entry: checked by content, kept in storage under a key of its own, served only to entry readers.</summary>
public sealed class FormEntryFile
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid EntryId { get; set; }

    public string FieldKey { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    /// <summary>What every form file's storage key starts with.</summary>
    public const string StoragePrefix = "form-";

    public string StorageKey => StoragePrefix + Id.ToString("N");
}

internal sealed class FormEntryFileConfiguration : IEntityTypeConfiguration<FormEntryFile>
{
    public void Configure(EntityTypeBuilder<FormEntryFile> builder)
    {
        builder.ToTable("FormEntryFiles");
        builder.Property(f => f.FieldKey).HasMaxLength(60);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.HasIndex(f => f.EntryId);
        builder.HasOne<FormEntry>().WithMany().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(f => f.StorageKey);
    }
}
