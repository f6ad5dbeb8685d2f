using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Services;

/// <summary>A service card belongs to its provider organisation, which must exist.</summary>
public sealed class ServiceCardRules(SinergieDbContext db) : IContentTypeRules
{
    public string ContentType => ContentTypes.Service;

    public async Task<Dictionary<string, List<string>>> ValidateAsync(IContentDocument document, CancellationToken cancellationToken)
    {
        var card = (ServiceCardDocument)document;
        var errors = new Dictionary<string, List<string>>();
        if (card.OrganisationId is { } organisationId
            && !await db.ContentItems.AnyAsync(i => i.Id == organisationId && i.ContentType == ContentTypes.Organisation && i.DeletedUtc == null, cancellationToken))
        {
            errors[nameof(ServiceCardDocument.OrganisationId)] = ["L'ente erogatore scelto non esiste o è nel cestino."];
        }

        return errors;
    }

    public Guid? OwningOrganisation(IContentDocument document, Guid itemId) => ((ServiceCardDocument)document).OrganisationId;

    public Task OnPublicationChangedAsync(ContentItem item, IContentDocument? published, CancellationToken cancellationToken) => Task.CompletedTask;
}
