namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>A published form as the form block shows it: a card leading to the form's page.</summary>
public sealed record BlockFormCard(string Title, string? Text, string Url);
