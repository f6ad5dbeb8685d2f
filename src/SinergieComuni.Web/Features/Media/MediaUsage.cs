using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Media;

/// <summary>One content item that uses a media item (in its latest or its published version).</summary>
public sealed class MediaUsage
{
    public Guid MediaItemId { get; set; }

    public Guid ContentItemId { get; set; }
}

internal sealed class MediaUsageConfiguration : IEntityTypeConfiguration<MediaUsage>
{
    public void Configure(EntityTypeBuilder<MediaUsage> builder)
    {
        builder.ToTable("MediaUsages");
        builder.HasKey(u => new { u.MediaItemId, u.ContentItemId });
        builder.HasOne<MediaItem>().WithMany().HasForeignKey(u => u.MediaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Content.ContentItem>().WithMany().HasForeignKey(u => u.ContentItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => u.ContentItemId);
    }
}
