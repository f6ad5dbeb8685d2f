using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Features.Search;

/// <summary>The facet names of the search (also the query-string parameters) and the fixed values of some of them.</summary>
public static class SearchFacets
{
    public const string Category = "categoria";
    public const string Municipality = "comune";
    public const string TargetGroup = "destinatari";
    public const string Cost = "costo";
    public const string Language = "lingua";
    public const string Age = "eta";
    public const string OpenNow = "apertoOra";

    /// <summary>The facets stored as values of each entry, with the vocabulary that labels them (null: fixed values).</summary>
    public static IReadOnlyList<(string Name, string? Vocabulary)> ValueFacets { get; } =
    [
        (Category, Vocabularies.Category),
        (Municipality, Vocabularies.Municipality),
        (TargetGroup, Vocabularies.TargetGroup),
        (Cost, null),
        (Language, Vocabularies.Language),
    ];

    public static IReadOnlyList<(string Value, string Label)> CostValues { get; } =
    [
        ("gratuito", "Gratuito"),
        ("a-pagamento", "A pagamento"),
        ("isee", "In base all'ISEE"),
        ("welfare-aziendale", "Welfare aziendale"),
    ];

    /// <summary>Age bands offered with counts; a band matches a service whose age range overlaps it.</summary>
    public static IReadOnlyList<AgeRange> AgeBands { get; } =
    [
        new(0, 2, "0–2 anni"),
        new(3, 5, "3–5 anni"),
        new(6, 10, "6–10 anni"),
        new(11, 13, "11–13 anni"),
        new(14, 17, "14–17 anni"),
        new(18, 64, "18–64 anni"),
        new(65, 120, "65 anni e oltre"),
    ];

    public static string CostValue(CostKind kind) => kind switch
    {
        CostKind.Free => "gratuito",
        CostKind.Paid => "a-pagamento",
        CostKind.IseeBased => "isee",
        CostKind.CompanyWelfare => "welfare-aziendale",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

/// <summary>An age or a range of ages in years (inclusive), as in "eta=7" or "eta=3-5".</summary>
public sealed record AgeRange(int From, int To, string Label)
{
    public string Value => From == To ? From.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{From}-{To}";
}
