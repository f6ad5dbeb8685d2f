using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Media;

/// <summary>A folder of the media library; folders nest.</summary>
public sealed class MediaFolder
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Name { get; set; } = "";

    public Guid? ParentId { get; set; }

    public DateTime CreatedUtc { get; set; }
}

internal sealed class MediaFolderConfiguration : IEntityTypeConfiguration<MediaFolder>
{
    public void Configure(EntityTypeBuilder<MediaFolder> builder)
    {
        builder.ToTable("MediaFolders");
        builder.Property(f => f.Name).HasMaxLength(120);
        builder.HasOne<MediaFolder>().WithMany().HasForeignKey(f => f.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.ParentId, f.Name }).IsUnique();
    }
}
