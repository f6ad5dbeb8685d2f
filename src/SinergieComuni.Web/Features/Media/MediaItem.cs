using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// A file of the media library: the <see cref="StoredFile"/> with the same id plus what editors say of it. Content
/// refers to it by that id, so an image chosen in the library and an image uploaded on a card are the same thing.
/// </summary>
public sealed class MediaItem
{
    /// <summary>The id of the <see cref="StoredFile"/> it describes.</summary>
    public Guid Id { get; set; }

    public StoredFile File { get; set; } = null!;

    public Guid? FolderId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Alternative text; required before an image can be used in content.</summary>
    public string? AltText { get; set; }

    public string? Caption { get; set; }

    public string? Credits { get; set; }

    /// <summary>Point of interest, 0–1 from the left and from the top; crops keep it in view.</summary>
    public double FocalX { get; set; } = 0.5;

    public double FocalY { get; set; } = 0.5;

    /// <summary>Pixel size of an image (null for documents).</summary>
    public int? Width { get; set; }

    public int? Height { get; set; }

    /// <summary>Named crops chosen by the editor, as JSON: {"card-16-9": {"x":0.1,"y":0,"w":0.8,"h":0.6}}.</summary>
    public string CropsJson { get; set; } = "{}";

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public bool IsImage => File is not null && File.ContentType.StartsWith("image/", StringComparison.Ordinal);
}

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.ToTable("MediaItems");
        builder.HasOne(m => m.File).WithOne().HasForeignKey<MediaItem>(m => m.Id).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MediaFolder>().WithMany().HasForeignKey(m => m.FolderId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.AltText).HasMaxLength(250);
        builder.Property(m => m.Caption).HasMaxLength(500);
        builder.Property(m => m.Credits).HasMaxLength(200);
        builder.Property(m => m.CropsJson).HasMaxLength(4000);
        builder.Property(m => m.CreatedBy).HasMaxLength(256);
        builder.Property(m => m.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(m => m.FolderId);
        builder.HasIndex(m => m.CreatedUtc);
        builder.Ignore(m => m.IsImage);
    }
}
