using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Maps;

namespace SinergieComuni.Web.Features.Services;

/// <summary>
/// Service cards: taxonomy keys must exist, the provider must be an organisation, the card belongs to its provider,
/// and publication keeps the <see cref="ServiceListing"/> rows in step.
/// </summary>
public sealed class ServiceCardRules(SinergieDbContext db, Taxonomy taxonomy, IOptions<MapOptions> maps) : IContentTypeRules
{
    public string ContentType => ContentTypes.Service;

    public async Task<Dictionary<string, List<string>>> ValidateAsync(IContentDocument document, CancellationToken cancellationToken)
    {
        var card = (ServiceCardDocument)document;
        var errors = new Dictionary<string, List<string>>();
        void Add(string key, string message)
        {
            if (!errors.TryGetValue(key, out var list))
            {
                errors[key] = list = [];
            }

            list.Add(message);
        }

        if (card.OrganisationId is { } organisationId
            && !await db.ContentItems.AnyAsync(i => i.Id == organisationId && i.ContentType == ContentTypes.Organisation && i.DeletedUtc == null, cancellationToken))
        {
            Add(nameof(ServiceCardDocument.OrganisationId), "L'ente erogatore scelto non esiste o è nel cestino.");
        }

        if (!string.IsNullOrEmpty(card.Category) && !await taxonomy.ExistsAsync(Vocabularies.Category, card.Category, cancellationToken))
        {
            Add(nameof(ServiceCardDocument.Category), "Scegli una categoria dall'elenco.");
        }

        foreach (var (key, vocabulary, values, message) in new[]
        {
            (nameof(ServiceCardDocument.Topics), Vocabularies.Topic, card.Topics, "Uno degli argomenti scelti non esiste."),
            (nameof(ServiceCardDocument.TargetGroups), Vocabularies.TargetGroup, card.TargetGroups, "Uno dei destinatari scelti non esiste."),
            (nameof(ServiceCardDocument.Languages), Vocabularies.Language, card.Languages, "Una delle lingue scelte non esiste."),
            (nameof(ServiceCardDocument.Municipalities), Vocabularies.Municipality, card.Municipalities, "Uno dei comuni scelti non è del distretto."),
        })
        {
            foreach (var value in values)
            {
                if (!await taxonomy.ExistsAsync(vocabulary, value, cancellationToken))
                {
                    Add(key, message);
                    break;
                }
            }
        }

        for (var v = 0; v < card.Venues.Count; v++)
        {
            if (!string.IsNullOrEmpty(card.Venues[v].Municipality) && !await taxonomy.ExistsAsync(Vocabularies.Municipality, card.Venues[v].Municipality, cancellationToken))
            {
                Add($"{nameof(ServiceCardDocument.Venues)}[{v}].{nameof(Venue.Municipality)}", $"Sede «{card.Venues[v].Name}»: scegli uno dei comuni del distretto.");
            }

            // A position far from the district is almost always a typing slip (latitude and longitude swapped, a sign lost).
            var area = maps.Value.AreaBox;
            if (card.Venues[v] is { Latitude: { } latitude, Longitude: { } longitude } && !area.Contains(latitude, longitude))
            {
                Add(
                    $"{nameof(ServiceCardDocument.Venues)}[{v}].{nameof(Venue.Latitude)}",
                    string.Create(CultureInfo.GetCultureInfo("it-IT"), $"Sede «{card.Venues[v].Name}»: la posizione è fuori dall'area della mappa (latitudine tra {area.MinLatitude} e {area.MaxLatitude}, longitudine tra {area.MinLongitude} e {area.MaxLongitude}). Controlla di non aver scambiato latitudine e longitudine."));
            }
        }

        var fileIds = card.Images.Select(i => i.FileId).Concat(card.Attachments.Select(a => a.FileId)).ToList();
        var parsed = fileIds.Select(f => Guid.TryParse(f, out var g) ? g : Guid.Empty).ToList();
        var known = await db.StoredFiles.Where(f => parsed.Contains(f.Id)).Select(f => new { f.Id, f.ContentType }).ToListAsync(cancellationToken);
        if (parsed.Any(id => known.All(k => k.Id != id)))
        {
            Add(nameof(ServiceCardDocument.Images), "Uno dei file collegati non esiste più: ricaricalo.");
        }
        else if (card.Images.Any(i => !known.First(k => k.Id == Guid.Parse(i.FileId)).ContentType.StartsWith("image/", StringComparison.Ordinal)))
        {
            Add(nameof(ServiceCardDocument.Images), "Tra le immagini c'è un file che non è un'immagine.");
        }

        return errors;
    }

    public Guid? OwningOrganisation(IContentDocument document, Guid itemId) => ((ServiceCardDocument)document).OrganisationId;

    public async Task OnPublicationChangedAsync(ContentItem item, IContentDocument? published, CancellationToken cancellationToken)
    {
        var existing = await db.ServiceListings.Include(s => s.Municipalities).Include(s => s.Venues).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.ItemId == item.Id, cancellationToken);
        if (existing is not null)
        {
            db.ServiceListings.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (published is not ServiceCardDocument card)
        {
            return;
        }

        db.ServiceListings.Add(new ServiceListing
        {
            ItemId = item.Id,
            Slug = card.Slug,
            Title = card.Title,
            ShortDescription = card.ShortDescription,
            Category = card.Category,
            OrganisationId = card.OrganisationId,
            Status = card.Status,
            MinimumAge = card.MinimumAge,
            MaximumAge = card.MaximumAge,
            IsDemo = card.IsDemo,
            PublishedUtc = item.PublishedUtc ?? item.UpdatedUtc,
            Municipalities = [.. card.Municipalities.Distinct().Select(m => new ServiceListingMunicipality { ItemId = item.Id, Municipality = m })],
            Venues = [.. card.Venues.Select((v, i) => new ServiceListingVenue
            {
                ItemId = item.Id,
                Index = i,
                Name = v.Name,
                Municipality = v.Municipality,
                Latitude = v.Latitude,
                Longitude = v.Longitude,
            })],
        });
    }
}
