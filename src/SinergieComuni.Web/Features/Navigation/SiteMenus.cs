using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Navigation;

/// <summary>
/// The public site's main menu and footer link groups as stored (settings <see cref="MainKey"/> and
/// <see cref="FooterKey"/>), or the defaults while nothing is stored; the revisions guard concurrent edits.
/// </summary>
public sealed record SiteMenus(IReadOnlyList<NavigationLink> Main, IReadOnlyList<FooterLinkGroup> Footer, int MainRevision, int FooterRevision)
{
    public const string MainKey = "navigation.main";
    public const string FooterKey = "navigation.footer";

    /// <summary>Footer group of the network's partners (the column "Partner della rete").</summary>
    public const string PartnersGroup = "partner";

    /// <summary>Footer group of the small-print links (privacy, cookie, accessibility…).</summary>
    public const string LegalGroup = "link-utili";

    public static IReadOnlyList<NavigationLink> DefaultMain { get; } =
        [.. SiteNavigation.MainMenu.Select(l => new NavigationLink(l.Label, l.Url))];

    public static IReadOnlyList<FooterLinkGroup> DefaultFooter { get; } =
    [
        new(PartnersGroup, "Partner della rete", [.. SiteNavigation.Partners.Select(l => new NavigationLink(l.Label, l.Url))]),
        new(LegalGroup, "Link utili", [.. SiteNavigation.LegalLinks.Select(l => new NavigationLink(l.Label, l.Url))]),
    ];

    public static SiteMenus Defaults { get; } = new(DefaultMain, DefaultFooter, 0, 0);

    public FooterLinkGroup FooterGroup(string key) =>
        Footer.FirstOrDefault(g => g.Key == key) ?? DefaultFooter.First(g => g.Key == key);
}
