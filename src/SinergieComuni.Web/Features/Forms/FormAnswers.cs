using System.Text.Json;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// The answers of one entry: by field key, each a list of strings (one for most fields, several for multiple choice).
/// A matrix stores one answer per row under "field:row"; a file field stores the ids of its <see cref="FormEntryFile"/>s.
/// </summary>
public static class FormAnswers
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string RowKey(string fieldKey, string rowValue) => fieldKey + ":" + rowValue;

    public static Dictionary<string, string[]> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, string[]>(StringComparer.Ordinal);
        }

        var parsed = JsonSerializer.Deserialize<Dictionary<string, string[]>>(json, Options);
        return parsed is null ? new(StringComparer.Ordinal) : new Dictionary<string, string[]>(parsed, StringComparer.Ordinal);
    }

    public static string Serialize(IReadOnlyDictionary<string, string[]> answers) => JsonSerializer.Serialize(answers, Options);

    /// <summary>
    /// The answer as a person reads it: choice labels instead of codes, "Sì" for consent, one "statement: value"
    /// line per matrix row, file names for uploads.
    /// </summary>
    public static string Display(FormField field, IReadOnlyDictionary<string, string[]> answers, IReadOnlyDictionary<Guid, string>? fileNames = null)
    {
        string Label(string value) => field.Options.FirstOrDefault(o => o.Value == value)?.Label ?? value;
        var values = answers.TryGetValue(field.Key, out var found) ? found : [];
        return field.Type switch
        {
            FormFieldType.Text => "",
            FormFieldType.SingleChoice or FormFieldType.MultipleChoice => string.Join("; ", values.Select(Label)),
            FormFieldType.Scale => string.Join("; ", values.Select(v => ScalePoint(field, v))),
            FormFieldType.Consent => values.Length > 0 ? "Sì" : "No",
            FormFieldType.Matrix => string.Join("\n", field.Rows
                .Where(r => answers.ContainsKey(RowKey(field.Key, r.Value)))
                .Select(r => $"{r.Label}: {string.Join("; ", answers[RowKey(field.Key, r.Value)].Select(v => ScalePoint(field, v)))}")),
            FormFieldType.File => string.Join("; ", values.Select(v =>
                Guid.TryParse(v, out var id) && fileNames is not null && fileNames.TryGetValue(id, out var name) ? name : v)),
            FormFieldType.Date => string.Join("; ", values.Select(v =>
                DateOnly.TryParseExact(v, "yyyy-MM-dd", out var d) ? d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : v)),
            _ => string.Join("; ", values),
        };
    }

    /// <summary>"4 – Molto" (the point's own label, else the scale's end labels), or just "4".</summary>
    public static string ScalePoint(FormField field, string value)
    {
        var label = field.Options.FirstOrDefault(o => o.Value == value)?.Label;
        if (label is null && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var point))
        {
            label = point == 1 ? field.ScaleMinLabel : point == field.ScaleMax ? field.ScaleMaxLabel : null;
        }

        return string.IsNullOrWhiteSpace(label) ? value : $"{value} – {label}";
    }

    /// <summary>Every point of a scale or matrix, 1 to its maximum, each with its label.</summary>
    public static List<FormOption> ScalePoints(FormField field) =>
        [.. Enumerable.Range(1, Math.Max(field.ScaleMax, 1))
            .Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(v => new FormOption { Value = v, Label = ScalePoint(field, v) })];
}
