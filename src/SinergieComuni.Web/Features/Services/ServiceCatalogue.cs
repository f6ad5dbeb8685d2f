using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Services;

/// <summary>Lists of published services for the public pages, from the <see cref="ServiceListing"/> rows, in Italian alphabetical order.</summary>
public sealed class ServiceCatalogue(SinergieDbContext db, PublishedContent published, Taxonomy taxonomy)
{
    private static readonly StringComparer ItalianOrder = StringComparer.Create(CultureInfo.GetCultureInfo("it-IT"), ignoreCase: true);

    public Task<IReadOnlyList<ServiceSummary>> AllAsync(CancellationToken cancellationToken) =>
        ListAsync(db.ServiceListings, cancellationToken);

    public Task<IReadOnlyList<ServiceSummary>> ByOrganisationAsync(Guid organisationId, CancellationToken cancellationToken) =>
        ListAsync(db.ServiceListings.Where(s => s.OrganisationId == organisationId), cancellationToken);

    public Task<IReadOnlyList<ServiceSummary>> ByCategoryAsync(string category, CancellationToken cancellationToken) =>
        ListAsync(db.ServiceListings.Where(s => s.Category == category), cancellationToken);

    /// <summary>Services that serve the municipality or have a venue there.</summary>
    public Task<IReadOnlyList<ServiceSummary>> ByMunicipalityAsync(string municipality, CancellationToken cancellationToken) =>
        ListAsync(
            db.ServiceListings.Where(s => s.Municipalities.Any(m => m.Municipality == municipality) || s.Venues.Any(v => v.Municipality == municipality)),
            cancellationToken);

    private async Task<IReadOnlyList<ServiceSummary>> ListAsync(IQueryable<ServiceListing> listings, CancellationToken cancellationToken)
    {
        // The listing rows follow publication; the join keeps out anything not published at this moment all the same.
        var publishedIds = published.Items(ContentTypes.Service).Select(i => i.Id);
        var rows = await listings.AsNoTracking()
            .Where(s => publishedIds.Contains(s.ItemId))
            .Include(s => s.Municipalities)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var municipalities = await taxonomy.TermsAsync(Vocabularies.Municipality, cancellationToken);
        var summaries = new List<ServiceSummary>(rows.Count);
        foreach (var row in rows.OrderBy(r => r.Title, ItalianOrder).ThenBy(r => r.Slug, StringComparer.Ordinal))
        {
            var served = row.Municipalities.Select(m => m.Municipality).ToHashSet(StringComparer.Ordinal);
            summaries.Add(new ServiceSummary(
                row.ItemId,
                row.Slug,
                row.Title,
                row.ShortDescription,
                await taxonomy.LabelAsync(Vocabularies.Category, row.Category, cancellationToken),
                [.. municipalities.Where(t => served.Contains(t.Key)).Select(t => t.Label)],
                row.Status,
                row.IsDemo));
        }

        return summaries;
    }
}
