namespace SinergieComuni.Web.Infrastructure;

/// <summary>The public site's main menu and footer links.</summary>
public static class SiteNavigation
{
    public sealed record Link(string Label, string Url);

    public static IReadOnlyList<Link> MainMenu { get; } =
    [
        new("Servizi", "/servizi"),
        new("Mappa", "/mappa"),
        new("Notizie", "/notizie"),
        new("Documenti", "/documenti"),
        new("La rete", "/la-rete"),
        new("Chi siamo", "/chi-siamo"),
        new("Contatti", "/contatti"),
    ];

    public static IReadOnlyList<Link> Partners { get; } =
    [
        new("Spazio Aperto Servizi (capofila)", "/partner"),
        new("ASSEMI – Azienda Sociale Sud Est Milano", "/partner"),
        new("Piano C", "/partner"),
        new("Centro Studi Alspes", "/partner"),
    ];

    public static IReadOnlyList<Link> LegalLinks { get; } =
    [
        new("Privacy", "/privacy"),
        new("Cookie", "/cookie"),
        new("Dichiarazione di accessibilità", "/dichiarazione-di-accessibilita"),
        new("Area riservata", "/backoffice"),
    ];

    public const string FundingStatement =
        "Progetto finanziato da Regione Lombardia a supporto degli interventi di Conciliazione vita-lavoro – Piano territoriale di ATS della Città Metropolitana di Milano 2020/2023";

    public static bool IsCurrent(string menuUrl, string requestPath) =>
        requestPath.Equals(menuUrl, StringComparison.OrdinalIgnoreCase)
        || requestPath.StartsWith(menuUrl + "/", StringComparison.OrdinalIgnoreCase);
}
