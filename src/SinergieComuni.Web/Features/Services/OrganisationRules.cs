using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Services;

/// <summary>An organisation owns itself: its representatives edit its profile.</summary>
public sealed class OrganisationRules : IContentTypeRules
{
    public string ContentType => ContentTypes.Organisation;

    public Task<Dictionary<string, List<string>>> ValidateAsync(IContentDocument document, CancellationToken cancellationToken) =>
        Task.FromResult(new Dictionary<string, List<string>>());

    public Guid? OwningOrganisation(IContentDocument document, Guid itemId) => itemId;

    public Task OnPublicationChangedAsync(ContentItem item, IContentDocument? published, CancellationToken cancellationToken) => Task.CompletedTask;
}
