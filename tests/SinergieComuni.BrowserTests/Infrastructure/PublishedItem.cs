namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>A published content item as the database holds it: what the tests need to find it in the browser.</summary>
/// <param name="Slug">The published address segment, as in /servizi/{slug}.</param>
/// <param name="OrganisationId">The organisation that owns the item (for service cards: the provider), if any.</param>
public sealed record PublishedItem(Guid Id, string Title, string Slug, Guid? OrganisationId);
