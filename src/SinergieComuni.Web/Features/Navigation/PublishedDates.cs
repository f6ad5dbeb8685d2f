using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Navigation;

/// <summary>"Pagina aggiornata il" of pages that list items: the latest publication among them.</summary>
public static class PublishedDates
{
    public static async Task<DateTime?> LatestPublishedUtcAsync(this PublishedContent published, IEnumerable<string> contentTypes, CancellationToken cancellationToken)
    {
        DateTime? latest = null;
        foreach (var type in contentTypes)
        {
            var at = await published.Items(type)
                .Where(i => i.PublishedUtc != null)
                .OrderByDescending(i => i.PublishedUtc)
                .Select(i => i.PublishedUtc)
                .FirstOrDefaultAsync(cancellationToken);
            if (at > latest || latest is null)
            {
                latest = at ?? latest;
            }
        }

        return latest;
    }
}
