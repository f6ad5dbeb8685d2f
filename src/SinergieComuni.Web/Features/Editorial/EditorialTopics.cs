namespace SinergieComuni.Web.Features.Editorial;

/// <summary>The fixed topics of news and events, by slug, with their Italian labels.</summary>
public static class EditorialTopics
{
    public static IReadOnlyList<(string Key, string Label)> All { get; } =
    [
        ("conciliazione", "Conciliazione vita-lavoro"),
        ("servizi", "Servizi per le famiglie"),
        ("lavoro-agile", "Lavoro agile"),
        ("welfare-aziendale", "Welfare aziendale"),
        ("eventi-territorio", "Eventi sul territorio"),
        ("rete", "La rete SinergieComuni"),
    ];

    public static bool Exists(string? key) => All.Any(t => t.Key == key);

    public static string Label(string key) => All.FirstOrDefault(t => t.Key == key).Label ?? key;
}
