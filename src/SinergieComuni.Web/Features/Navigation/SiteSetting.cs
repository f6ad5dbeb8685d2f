using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Navigation;

/// <summary>A site-wide setting edited in the backoffice (main menu, footer links, home sections), stored as JSON by key.</summary>
public sealed class SiteSetting
{
    public string Key { get; set; } = "";

    public string ValueJson { get; set; } = "{}";

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>Incremented on every save; a save from an older revision is refused.</summary>
    public int Revision { get; set; }
}

internal sealed class SiteSettingConfiguration : IEntityTypeConfiguration<SiteSetting>
{
    public void Configure(EntityTypeBuilder<SiteSetting> builder)
    {
        builder.ToTable("SiteSettings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Property(s => s.Revision).IsConcurrencyToken();
    }
}
