using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Search;

/// <summary>Words or phrases that mean the same to the people searching ("doposcuola, post-scuola"), edited by editors.</summary>
public sealed class SynonymGroup
{
    public int Id { get; set; }

    /// <summary>The phrases, separated by commas, as the editor wrote them.</summary>
    public string Phrases { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public IReadOnlyList<string> PhraseList =>
        [.. Phrases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];
}

internal sealed class SynonymGroupConfiguration : IEntityTypeConfiguration<SynonymGroup>
{
    public void Configure(EntityTypeBuilder<SynonymGroup> builder)
    {
        builder.ToTable("SynonymGroups");
        builder.Property(g => g.Phrases).HasMaxLength(1000);
        builder.Property(g => g.UpdatedBy).HasMaxLength(256);
        builder.Ignore(g => g.PhraseList);
    }
}
