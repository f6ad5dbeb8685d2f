using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Features.Editorial;

public sealed class EventRules(EditorialChecks checks, Taxonomy taxonomy, SinergieDbContext db) : IContentTypeRules
{
    /// <summary>Addresses under /eventi that belong to the section itself.</summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal) { "calendario", "feed" };

    public string ContentType => ContentTypes.Event;

    public async Task<Dictionary<string, List<string>>> ValidateAsync(IContentDocument document, CancellationToken cancellationToken)
    {
        var item = (EventDocument)document;
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // Here rather than as IValidatableObject: the editor posts the times as Rome wall-clock fields and sets them just before saving.
        if (item.StartsAtUtc is null)
        {
            EditorialChecks.Add(errors, "StartsAtUtc", "Indica quando inizia l'evento.");
        }
        else if (item.EndsAtUtc is { } end && end < item.StartsAtUtc)
        {
            EditorialChecks.Add(errors, "EndsAtUtc", "La fine dell'evento non può essere prima dell'inizio.");
        }

        checks.Topics(item.Topics, errors);
        await checks.ImageAsync(item.ImageId, item.ImageAlt, errors, cancellationToken);
        if (ReservedSlugs.Contains(item.Slug.Trim()))
        {
            EditorialChecks.Add(errors, "Slug", $"L'indirizzo «{item.Slug.Trim()}» è riservato alla sezione Eventi: scegline un altro.");
        }

        if (!string.IsNullOrWhiteSpace(item.Venue.Municipality) && !await taxonomy.ExistsAsync(Vocabularies.Municipality, item.Venue.Municipality, cancellationToken))
        {
            EditorialChecks.Add(errors, "Venue.Municipality", "Il comune scelto non è nell'elenco dei comuni del distretto.");
        }

        if (item.Venue.Latitude is null != item.Venue.Longitude is null)
        {
            EditorialChecks.Add(errors, "Venue.Latitude", "Indica sia la latitudine sia la longitudine, oppure nessuna delle due.");
        }

        if (!string.IsNullOrWhiteSpace(item.RegistrationFormSlug))
        {
            item.RegistrationFormSlug = item.RegistrationFormSlug.Trim();
            var published = await db.ContentItems.AnyAsync(
                i => i.ContentType == ContentTypes.Form && i.PublishedSlug == item.RegistrationFormSlug && i.PublishedVersion != null && i.DeletedUtc == null, cancellationToken);
            if (!published)
            {
                EditorialChecks.Add(errors, "RegistrationFormSlug", "Il modulo di iscrizione scelto non è pubblicato: scegline uno pubblicato.");
            }
        }

        return errors;
    }

    public Guid? OwningOrganisation(IContentDocument document, Guid itemId) => null;

    public Task OnPublicationChangedAsync(ContentItem item, IContentDocument? published, CancellationToken cancellationToken) => Task.CompletedTask;
}
