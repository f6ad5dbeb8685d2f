using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Content;

/// <summary>What the public site may read: published pages only.</summary>
public sealed class PublishedPages(SinergieDbContext db)
{
    public Task<ContentPage?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        return db.Pages.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Slug == slug && p.PublishedUtc != null && p.PublishedUtc <= now, cancellationToken);
    }
}
