using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// An editable item of any content type (page, service card, organisation…). Its fields live in versions;
/// the item says which version the public sees, the review state, the schedule and whether it is in the bin.
/// </summary>
public sealed class ContentItem
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Key of the content type, see <see cref="ContentTypes"/>.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>Slug of the latest version; unique per type together with the published slugs.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Title of the latest version, for backoffice lists.</summary>
    public string Title { get; set; } = "";

    /// <summary>The organisation the item belongs to (a service card's provider, an organisation itself): drives partner permissions.</summary>
    public Guid? OrganisationId { get; set; }

    public int LatestVersion { get; set; }

    /// <summary>Number of the version the public sees; null when not published.</summary>
    public int? PublishedVersion { get; set; }

    public string? PublishedSlug { get; set; }

    public string? PublishedTitle { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? FirstPublishedUtc { get; set; }

    public ReviewState ReviewState { get; set; }

    public string? ReviewComment { get; set; }

    public DateTime? PublishAtUtc { get; set; }

    public DateTime? UnpublishAtUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTime? DeletedUtc { get; set; }

    public string? DeletedBy { get; set; }

    /// <summary>Incremented on every change; a save that started from another revision is refused (optimistic concurrency).</summary>
    public int Revision { get; set; }

    public bool IsPublished => PublishedVersion is not null;

    public bool IsDeleted => DeletedUtc is not null;

    public bool HasUnpublishedChanges => PublishedVersion != LatestVersion;
}

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.ToTable("ContentItems");
        builder.Property(i => i.ContentType).HasMaxLength(40);
        builder.Property(i => i.Slug).HasMaxLength(ContentSlug.MaxLength);
        builder.Property(i => i.PublishedSlug).HasMaxLength(ContentSlug.MaxLength);
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.PublishedTitle).HasMaxLength(300);
        builder.Property(i => i.UpdatedBy).HasMaxLength(256);
        builder.Property(i => i.DeletedBy).HasMaxLength(256);
        builder.Property(i => i.ReviewComment).HasMaxLength(2000);
        builder.Property(i => i.ReviewState).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasIndex(i => new { i.ContentType, i.Slug }).IsUnique();
        builder.HasIndex(i => new { i.ContentType, i.PublishedSlug });
        builder.HasIndex(i => i.OrganisationId);
        builder.HasIndex(i => i.PublishAtUtc);
        builder.HasIndex(i => i.UnpublishAtUtc);
        builder.Ignore(i => i.IsPublished);
        builder.Ignore(i => i.IsDeleted);
        builder.Ignore(i => i.HasUnpublishedChanges);
    }
}
