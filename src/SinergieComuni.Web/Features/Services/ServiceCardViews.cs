using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Services;

/// <summary>Builds <see cref="ServiceCardView"/>s: labels from the taxonomy, the provider, and "open now" from the site's clock.</summary>
public sealed class ServiceCardViews(Taxonomy taxonomy, PublishedContent published, TimeProvider clock, SinergieDbContext db)
{
    private static readonly DayOfWeek[] WeekFromMonday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];


    /// <summary>
    /// In a <paramref name="preview"/> the provider may be unpublished and is then shown with its latest title, without a link;
    /// on the public site only a published provider appears.
    /// </summary>
    public async Task<ServiceCardView> BuildAsync(ServiceCardDocument document, DateTime updatedUtc, bool preview, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime.ToRomeTime());

        var venues = new List<ServiceCardView.VenueView>();
        foreach (var venue in document.Venues)
        {
            venues.Add(new ServiceCardView.VenueView(
                venue,
                string.IsNullOrEmpty(venue.Municipality) ? "" : await taxonomy.LabelAsync(Vocabularies.Municipality, venue.Municipality, cancellationToken),
                OpeningHoursCalculator.IsOpenAt(venue.Hours, now),
                OpeningHoursCalculator.Describe(venue.Hours, now),
                Week(venue.Hours),
                [.. venue.Hours.Exceptions.Where(e => e.Date >= today).OrderBy(e => e.Date)]));
        }

        var fileIds = document.Images.Select(i => i.FileId).Concat(document.Attachments.Select(a => a.FileId))
            .Select(f => Guid.TryParse(f, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        var files = await db.StoredFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToListAsync(cancellationToken);

        return new ServiceCardView
        {
            Files = files.ToDictionary(f => f.Id.ToString(), f => new ServiceCardView.FileLink(Media.MediaFeature.Url(f.Id, f.FileName), f.ContentType, f.Size)),
            Document = document,
            UpdatedUtc = updatedUtc,
            IsPreview = preview,
            Organisation = document.OrganisationId is { } id ? await ProviderAsync(id, preview, cancellationToken) : null,
            CategoryLabel = await taxonomy.LabelAsync(Vocabularies.Category, document.Category, cancellationToken),
            Topics = await TermsAsync(Vocabularies.Topic, document.Topics, cancellationToken),
            TargetGroups = await TermsAsync(Vocabularies.TargetGroup, document.TargetGroups, cancellationToken),
            Municipalities = await TermsAsync(Vocabularies.Municipality, document.Municipalities, cancellationToken),
            Languages = await TermsAsync(Vocabularies.Language, document.Languages, cancellationToken),
            Venues = venues,
            Today = today,
            CanRequest = document.RequestThroughPlatform
                && await published.Items(ContentTypes.Form).AnyAsync(i => i.PublishedSlug == Forms.FormImporter.ServiceRequestSlug, cancellationToken),
        };
    }

    private async Task<ServiceCardView.Provider?> ProviderAsync(Guid organisationId, bool preview, CancellationToken cancellationToken)
    {
        var item = await published.Items(ContentTypes.Organisation).FirstOrDefaultAsync(i => i.Id == organisationId, cancellationToken);
        if (item is not null)
        {
            var entry = (await published.LoadAsync<OrganisationDocument>([item], cancellationToken))[0];
            return new ServiceCardView.Provider(entry.Document.Title, ContentTypes.Get(ContentTypes.Organisation).PublicPath(item.PublishedSlug!), entry.Document);
        }

        if (!preview)
        {
            return null;
        }

        var draft = await db.ContentItems.AsNoTracking()
            .Where(i => i.Id == organisationId && i.ContentType == ContentTypes.Organisation && i.DeletedUtc == null)
            .Select(i => new
            {
                i.Title,
                Json = db.ContentVersions.Where(v => v.ItemId == i.Id && v.Number == i.LatestVersion).Select(v => v.DataJson).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return draft is null
            ? null
            : new ServiceCardView.Provider(draft.Title, null, draft.Json is null ? null : ContentJson.Deserialize<OrganisationDocument>(draft.Json));
    }

    /// <summary>Labels in the vocabulary's own order (the editors' choice order is not meaningful).</summary>
    private async Task<IReadOnlyList<ServiceCardView.Term>> TermsAsync(string vocabulary, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var terms = await taxonomy.TermsAsync(vocabulary, cancellationToken);
        var known = terms.Where(t => keys.Contains(t.Key)).Select(t => new ServiceCardView.Term(t.Key, t.Label));
        // A key that left the vocabulary after publication still shows, as itself.
        var unknown = keys.Distinct().Where(k => terms.All(t => t.Key != k)).Select(k => new ServiceCardView.Term(k, k));
        return [.. known, .. unknown];
    }

    private static List<ServiceCardView.DayHours> Week(OpeningHours hours) =>
    [
        .. WeekFromMonday.Select(day =>
        {
            var slots = hours.Slots.Where(s => s.Day == day && s.Closes > s.Opens).OrderBy(s => s.Opens).ToList();
            return new ServiceCardView.DayHours(
                Capitalised(OpeningHoursCalculator.DayName(day)),
                slots.Count == 0 ? null : string.Join(", ", slots.Select(s => $"{ServiceCardView.FormatTime(s.Opens)}–{ServiceCardView.FormatTime(s.Closes)}")));
        }),
    ];

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
