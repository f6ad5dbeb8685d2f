using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// A free page of the site (Chi siamo, Il progetto…). Minimal on purpose: the content workflow
/// (versions, drafts, scheduling, blocks) grows it; public readers only see rows with a publication date.
/// </summary>
public sealed class ContentPage
{
    public const string HomeSlug = "home";

    public Guid Id { get; set; } = Guid.NewGuid();

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>Lead paragraph and meta description, at most 300 characters.</summary>
    public string Summary { get; set; } = "";

    public string BodyHtml { get; set; } = "";

    public int SortOrder { get; set; }

    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;

    public DateTime? PublishedUtc { get; set; }

    public string Path => Slug == HomeSlug ? "/" : "/" + Slug;
}

internal sealed class ContentPageConfiguration : IEntityTypeConfiguration<ContentPage>
{
    public void Configure(EntityTypeBuilder<ContentPage> builder)
    {
        builder.ToTable("ContentPages");
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(200);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Summary).HasMaxLength(300);
        builder.Ignore(p => p.Path);
    }
}
