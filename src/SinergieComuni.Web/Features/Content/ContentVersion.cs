using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Content;

/// <summary>One save of an item: the whole document as JSON, who saved it and when. Never changed after it is written.</summary>
public sealed class ContentVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ItemId { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    public string DataJson { get; set; } = "{}";

    public string AuthorId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Why this version exists when it is not a plain save ("Ripristino della versione 3", "Importato da sync/").</summary>
    public string? Note { get; set; }
}

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.ToTable("ContentVersions");
        builder.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
        builder.Property(v => v.Title).HasMaxLength(300);
        builder.Property(v => v.Slug).HasMaxLength(ContentSlug.MaxLength);
        builder.Property(v => v.AuthorId).HasMaxLength(100);
        builder.Property(v => v.AuthorName).HasMaxLength(256);
        builder.Property(v => v.Note).HasMaxLength(500);
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
