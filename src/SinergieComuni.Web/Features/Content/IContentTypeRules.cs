namespace SinergieComuni.Web.Features.Content;

/// <summary>What a content type adds to the common workflow: checks that need the database, and which organisation owns an item.</summary>
public interface IContentTypeRules
{
    string ContentType { get; }

    /// <summary>Checks beyond the document's annotations (taxonomy keys exist, the provider is an organisation…); Italian messages by field path.</summary>
    Task<Dictionary<string, List<string>>> ValidateAsync(IContentDocument document, CancellationToken cancellationToken);

    /// <summary>The organisation the item belongs to, for partner permissions.</summary>
    Guid? OwningOrganisation(IContentDocument document, Guid itemId);

    /// <summary>Keeps the type's read tables in step with what is published (called inside the publishing transaction).</summary>
    Task OnPublicationChangedAsync(ContentItem item, IContentDocument? published, CancellationToken cancellationToken);
}
