namespace SinergieComuni.Web.Features.Documents;

/// <summary>The fixed lists of the document library, keyed as they appear in addresses (?tipo=regolamento&amp;tema=welfare-aziendale).</summary>
public static class LibraryVocabulary
{
    public sealed record Term(string Key, string Label);

    public static IReadOnlyList<Term> DocumentTypes { get; } =
    [
        new("modello", "Modello / fac-simile"),
        new("regolamento", "Regolamento"),
        new("policy", "Policy"),
        new("protocollo", "Protocollo"),
        new("guida", "Guida"),
        new("report", "Report"),
        new("delibera", "Delibera"),
        new("altro", "Altro"),
    ];

    public static IReadOnlyList<Term> Topics { get; } =
    [
        new("conciliazione", "Conciliazione vita-lavoro"),
        new("lavoro-agile", "Lavoro agile"),
        new("welfare-aziendale", "Welfare aziendale"),
        new("servizi-famiglie", "Servizi per le famiglie"),
        new("rete", "La rete"),
    ];

    public static string? DocumentTypeLabel(string? key) => DocumentTypes.FirstOrDefault(t => t.Key == key)?.Label;

    public static string? TopicLabel(string? key) => Topics.FirstOrDefault(t => t.Key == key)?.Label;
}
