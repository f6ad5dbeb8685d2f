namespace SinergieComuni.Web.Features.Navigation;

/// <summary>A group of footer links; its key is fixed (the footer places each group), its title and links are edited.</summary>
public sealed record FooterLinkGroup(string Key, string Title, IReadOnlyList<NavigationLink> Links);
