namespace SinergieComuni.Web.Features.Navigation;

/// <summary>A link of the main menu or of a footer group.</summary>
public sealed record NavigationLink(string Label, string Url);
