using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Services;

/// <summary>A term of one of the catalogue's vocabularies (categoria, argomento, destinatari, lingua, comune).</summary>
public sealed class TaxonomyTerm
{
    public int Id { get; set; }

    public string Vocabulary { get; set; } = "";

    public string Key { get; set; } = "";

    public string Label { get; set; } = "";

    public int SortOrder { get; set; }

    /// <summary>Centroid, for municipalities.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}

internal sealed class TaxonomyTermConfiguration : IEntityTypeConfiguration<TaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<TaxonomyTerm> builder)
    {
        builder.ToTable("TaxonomyTerms");
        builder.Property(t => t.Vocabulary).HasMaxLength(40);
        builder.Property(t => t.Key).HasMaxLength(100);
        builder.Property(t => t.Label).HasMaxLength(200);
        builder.HasIndex(t => new { t.Vocabulary, t.Key }).IsUnique();
    }
}
