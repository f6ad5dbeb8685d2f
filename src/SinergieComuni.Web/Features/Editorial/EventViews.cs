using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Maps;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>Builds what an event page shows: place, registration link (only to a published form), calendar link, map.</summary>
public sealed class EventViews(SinergieDbContext db, Taxonomy taxonomy, IOptions<MapOptions> maps, TimeProvider clock)
{
    public async Task<EventView> BuildAsync(EventDocument document, string? publishedSlug, CancellationToken cancellationToken)
    {
        var venue = document.Venue;
        var municipality = string.IsNullOrWhiteSpace(venue.Municipality) ? null : await taxonomy.LabelAsync(Vocabularies.Municipality, venue.Municipality, cancellationToken);
        string? registration = null;
        if (!string.IsNullOrWhiteSpace(document.RegistrationFormSlug)
            && await db.ContentItems.AnyAsync(i => i.ContentType == ContentTypes.Form && i.PublishedSlug == document.RegistrationFormSlug && i.PublishedVersion != null && i.DeletedUtc == null, cancellationToken))
        {
            registration = $"/moduli/{document.RegistrationFormSlug}?evento={Uri.EscapeDataString(document.Slug)}";
        }

        string? map = null;
        if (venue.HasPosition)
        {
            map = JsonSerializer.Serialize(new
            {
                tiles = maps.Value.TileUrl,
                attribution = maps.Value.Attribution,
                venues = new[] { new { name = venue.Name ?? document.Title, address = string.Join(", ", new[] { venue.Address, municipality }.Where(p => !string.IsNullOrWhiteSpace(p))), lat = venue.Latitude, lng = venue.Longitude } },
            });
        }

        var item = new EventItem(new ContentItem(), document);
        var isPast = document.StartsAtUtc is not null && !item.IsUpcoming(clock.GetUtcNow().UtcDateTime);
        return new EventView(
            document,
            isPast,
            await EventFeeds.LocationAsync(venue, taxonomy, cancellationToken),
            municipality,
            isPast ? null : registration,
            publishedSlug is null ? null : $"/eventi/{publishedSlug}.ics",
            map);
    }
}
