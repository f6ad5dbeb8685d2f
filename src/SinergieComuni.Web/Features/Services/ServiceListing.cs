using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Services;

/// <summary>
/// The published facts of a service card that lists, filters and the map query, kept in step with publication
/// (written in the publishing transaction, removed when the card is unpublished or deleted).
/// </summary>
public sealed class ServiceListing
{
    public Guid ItemId { get; set; }

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string ShortDescription { get; set; } = "";

    public string Category { get; set; } = "";

    public Guid? OrganisationId { get; set; }

    public ServiceStatus Status { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public bool IsDemo { get; set; }

    public DateTime PublishedUtc { get; set; }

    public List<ServiceListingMunicipality> Municipalities { get; set; } = [];

    public List<ServiceListingVenue> Venues { get; set; } = [];
}

public sealed class ServiceListingMunicipality
{
    public Guid ItemId { get; set; }

    public string Municipality { get; set; } = "";
}

public sealed class ServiceListingVenue
{
    public Guid ItemId { get; set; }

    public int Index { get; set; }

    public string Name { get; set; } = "";

    public string Municipality { get; set; } = "";

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}

internal sealed class ServiceListingConfiguration : IEntityTypeConfiguration<ServiceListing>
{
    public void Configure(EntityTypeBuilder<ServiceListing> builder)
    {
        builder.ToTable("ServiceListings");
        builder.HasKey(s => s.ItemId);
        builder.Property(s => s.Slug).HasMaxLength(200);
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.ShortDescription).HasMaxLength(300);
        builder.Property(s => s.Category).HasMaxLength(100);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.OrganisationId);
        builder.HasIndex(s => s.Category);
        builder.HasMany(s => s.Municipalities).WithOne().HasForeignKey(m => m.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Venues).WithOne().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceListingMunicipalityConfiguration : IEntityTypeConfiguration<ServiceListingMunicipality>
{
    public void Configure(EntityTypeBuilder<ServiceListingMunicipality> builder)
    {
        builder.ToTable("ServiceListingMunicipalities");
        builder.HasKey(m => new { m.ItemId, m.Municipality });
        builder.Property(m => m.Municipality).HasMaxLength(100);
        builder.HasIndex(m => m.Municipality);
    }
}

internal sealed class ServiceListingVenueConfiguration : IEntityTypeConfiguration<ServiceListingVenue>
{
    public void Configure(EntityTypeBuilder<ServiceListingVenue> builder)
    {
        builder.ToTable("ServiceListingVenues");
        builder.HasKey(v => new { v.ItemId, v.Index });
        builder.Property(v => v.Name).HasMaxLength(200);
        builder.Property(v => v.Municipality).HasMaxLength(100);
    }
}
