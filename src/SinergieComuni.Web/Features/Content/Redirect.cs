using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Content;

/// <summary>A permanent redirect from an old address to a new one; added automatically when a published slug changes.</summary>
public sealed class Redirect
{
    public int Id { get; set; }

    /// <summary>Root-relative path, lower case, without query or trailing slash: "/servizi/nido-vecchio".</summary>
    public string FromPath { get; set; } = "";

    public string ToPath { get; set; } = "";

    public bool Automatic { get; set; }

    public Guid? ItemId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";
}

internal sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> builder)
    {
        builder.ToTable("Redirects");
        builder.Property(r => r.FromPath).HasMaxLength(500);
        builder.Property(r => r.ToPath).HasMaxLength(1000);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasIndex(r => r.FromPath).IsUnique();
    }
}
