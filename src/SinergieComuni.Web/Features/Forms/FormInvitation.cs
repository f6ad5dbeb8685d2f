using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>A personal link for a form that takes one answer per person; only the token's hash is stored.</summary>
public sealed class FormInvitation
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid FormId { get; set; }

    public string Email { get; set; } = "";

    public string TokenHash { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime? UsedUtc { get; set; }

    public Guid? EntryId { get; set; }
}

internal sealed class FormInvitationConfiguration : IEntityTypeConfiguration<FormInvitation>
{
    public void Configure(EntityTypeBuilder<FormInvitation> builder)
    {
        builder.ToTable("FormInvitations");
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.FormId, i.Email }).IsUnique();
        builder.HasOne<Content.ContentItem>().WithMany().HasForeignKey(i => i.FormId).OnDelete(DeleteBehavior.Cascade);
    }
}
