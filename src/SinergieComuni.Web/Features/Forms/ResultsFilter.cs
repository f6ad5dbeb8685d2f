using Microsoft.Extensions.Primitives;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Restricts results to the entries whose answers to choice questions are among the chosen values:
/// <c>?filtro.comune=san-donato&amp;filtro.genere=donna</c>. Several questions must all match (AND); several values of one
/// question are alternatives (OR). Unknown questions and values are left out with an Italian warning, never an error.
/// </summary>
public sealed class ResultsFilter
{
    public const string Prefix = "filtro.";

    private readonly Dictionary<string, string[]> selected;

    private ResultsFilter(Dictionary<string, string[]> selected, IReadOnlyList<string> warnings)
    {
        this.selected = selected;
        Warnings = warnings;
    }

    public static ResultsFilter None { get; } = new(new(StringComparer.Ordinal), []);

    /// <summary>The chosen values by question key, in the order of the form.</summary>
    public IReadOnlyDictionary<string, string[]> Selected => selected;

    public IReadOnlyList<string> Warnings { get; }

    public bool IsEmpty => selected.Count == 0;

    /// <summary>The questions a dashboard can be filtered by: single and multiple choice and scales.</summary>
    public static bool IsFilterable(FormField field, bool includeSensitive) =>
        field.Type is FormFieldType.SingleChoice or FormFieldType.MultipleChoice or FormFieldType.Scale
        && (includeSensitive || !field.Sensitive);

    /// <summary>The values a filterable question offers, with their labels.</summary>
    public static IReadOnlyList<FormOption> Choices(FormField field) => field.Type == FormFieldType.Scale
        ? FormAnswers.ScalePoints(field)
        : field.Options;

    /// <param name="singleValue">Public pages accept one value per question: combining values would let a visitor
    /// work out groups hidden for being too small by difference.</param>
    public static ResultsFilter Parse(IEnumerable<KeyValuePair<string, StringValues>> query, FormDocument form, bool includeSensitive, bool singleValue)
    {
        var warnings = new List<string>();
        var requested = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            if (!name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var key = name[Prefix.Length..].Trim();
            var chosen = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            if (chosen.Count == 0)
            {
                continue;
            }

            if (!requested.TryGetValue(key, out var list))
            {
                requested[key] = list = [];
            }

            list.AddRange(chosen);
        }

        var selected = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in form.AllFields())
        {
            if (!requested.Remove(field.Key, out var values))
            {
                continue;
            }

            if (!IsFilterable(field, includeSensitive))
            {
                warnings.Add("Non è possibile filtrare per una delle domande indicate: il filtro è stato ignorato.");
                continue;
            }

            var choices = Choices(field);
            var known = values.Distinct(StringComparer.Ordinal).Where(v => choices.Any(c => c.Value == v)).ToList();
            if (known.Count < values.Distinct(StringComparer.Ordinal).Count())
            {
                warnings.Add($"Alcuni valori del filtro «{field.Label}» non sono tra le risposte possibili e sono stati ignorati.");
            }

            if (singleValue && known.Count > 1)
            {
                warnings.Add($"Per «{field.Label}» si può scegliere una sola risposta: è stata usata la prima.");
                known = [known[0]];
            }

            if (known.Count > 0)
            {
                selected[field.Key] = [.. choices.Where(c => known.Contains(c.Value)).Select(c => c.Value)];
            }
        }

        if (requested.Count > 0)
        {
            warnings.Add("Il filtro indicava domande che il modulo non ha: sono state ignorate.");
        }

        return new ResultsFilter(selected, warnings.Distinct().ToList());
    }

    public bool Matches(IReadOnlyDictionary<string, string[]> answers)
    {
        foreach (var (key, values) in selected)
        {
            if (!answers.TryGetValue(key, out var given) || !given.Any(g => values.Contains(g.Trim(), StringComparer.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsSelected(string key, string value) => selected.TryGetValue(key, out var values) && values.Contains(value, StringComparer.Ordinal);

    /// <summary>The filter as query string parameters, to carry it to the CSV export.</summary>
    public IEnumerable<KeyValuePair<string, string>> Parameters() =>
        selected.SelectMany(s => s.Value.Select(v => new KeyValuePair<string, string>(Prefix + s.Key, v)));

    /// <summary>"Comune: San Donato Milanese; Età: 35–40 o 41–50", for people.</summary>
    public string Describe(FormDocument form) => string.Join("; ", selected.Select(s =>
    {
        var field = form.Field(s.Key);
        if (field is null)
        {
            return s.Key;
        }

        var choices = Choices(field);
        return $"{field.Label}: {string.Join(" o ", s.Value.Select(v => choices.FirstOrDefault(c => c.Value == v)?.Label ?? v))}";
    }));
}
