namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>A published item as a card or a link in a block: read from its JSON without knowing its class.</summary>
public sealed record BlockCard(Guid ItemId, string ContentType, string Title, string? Summary, string Url, string? ImageId, DateTime? PublishedUtc);
