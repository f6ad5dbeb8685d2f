namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>
/// A published form as the form block shows it: embedded in the page (<paramref name="Inline"/>, posting to the form's
/// own address) when it is open and needs no personal link, otherwise a card leading to the form's page.
/// </summary>
public sealed record BlockFormCard(string Title, string? Text, string Url, Guid FormItemId = default, Forms.FormDocument? Inline = null);
