using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Reads a posted form against its definition: only the definition's fields are read (anything else is ignored),
/// fields hidden by conditions are dropped and never required, and every value is checked as wwwroot/js/form.js checks
/// it in the browser. Errors are Italian, one per field, keyed by field key.
/// </summary>
public static partial class SubmissionReader
{
    public const string FieldPrefix = "f.";

    public sealed class Result
    {
        public Dictionary<string, string[]> Answers { get; } = new(StringComparer.Ordinal);

        public List<PostedFile> Files { get; } = [];

        public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

        /// <summary>What the visitor typed, by input name, to show the form again with its values.</summary>
        public Dictionary<string, string[]> Posted { get; } = new(StringComparer.Ordinal);

        public bool IsValid => Errors.Count == 0;
    }

    public static int DefaultMaxLength(FormFieldType type) => type switch
    {
        FormFieldType.LongText => 4000,
        FormFieldType.Email => 254,
        FormFieldType.Phone => 30,
        FormFieldType.Hidden => 500,
        _ => 300,
    };

    public static string InputName(FormField field) => FieldPrefix + field.Key;

    public static string InputName(FormField field, FormOption row) => FieldPrefix + FormAnswers.RowKey(field.Key, row.Value);

    public static Result Read(FormDocument form, IFormCollection posted)
    {
        var result = new Result();
        var provisional = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in form.AllFields().Where(f => f.HasAnswer))
        {
            if (field.Type == FormFieldType.Matrix)
            {
                foreach (var row in field.Rows)
                {
                    Keep(InputName(field, row), posted[InputName(field, row)]);
                }
            }
            else if (field.Type != FormFieldType.File)
            {
                provisional[field.Key] = Keep(InputName(field), posted[InputName(field)]);
            }
        }

        var visibility = FormVisibility.Evaluate(form, provisional);
        foreach (var field in form.AllFields().Where(f => f.HasAnswer && visibility.IsVisible(f)))
        {
            var error = field.Type switch
            {
                FormFieldType.Matrix => ReadMatrix(field, posted, result.Answers),
                FormFieldType.File => ReadFile(field, posted.Files.GetFiles(InputName(field)), result),
                FormFieldType.MultipleChoice => ReadMultiple(field, posted[InputName(field)], result.Answers),
                _ => ReadSingle(field, posted[InputName(field)], result.Answers),
            };
            if (error is not null)
            {
                result.Errors[field.Key] = error;
            }
        }

        return result;

        string[] Keep(string name, StringValues values)
        {
            var kept = values.Select(v => v ?? "").Take(100).Select(v => v.Length > 20_000 ? v[..20_000] : v).ToArray();
            if (kept.Length > 0)
            {
                result.Posted[name] = kept;
            }

            return kept;
        }
    }

    private static string? ReadSingle(FormField field, StringValues values, Dictionary<string, string[]> answers)
    {
        if (values.Count > 1)
        {
            return $"«{Name(field)}»: è attesa una sola risposta.";
        }

        var text = Clean(values.Count == 1 ? values[0] : null, multiline: field.Type == FormFieldType.LongText);
        if (text.Length == 0)
        {
            if (field.Type == FormFieldType.Hidden && field.DefaultValue is { Length: > 0 } fallback)
            {
                answers[field.Key] = [fallback];
                return null;
            }

            return field.Required ? RequiredMessage(field) : null;
        }

        string? error;
        (text, error) = field.Type switch
        {
            FormFieldType.ShortText or FormFieldType.LongText or FormFieldType.Hidden => (text, CheckText(field, text)),
            FormFieldType.Email => FormRules.IsEmail(text) ? (text, CheckText(field, text)) : (text, $"«{Name(field)}»: scrivi un indirizzo email valido, per esempio nome@esempio.it."),
            FormFieldType.Phone => IsPhone(text) ? (text, CheckText(field, text)) : (text, $"«{Name(field)}»: scrivi un numero di telefono valido, per esempio 02 1234567 o +39 333 1234567."),
            FormFieldType.Number => ReadNumber(field, text),
            FormFieldType.Date => ReadDate(field, text),
            FormFieldType.SingleChoice => field.Options.Any(o => o.Value == text) ? (text, null) : (text, $"«{Name(field)}»: scegli una delle risposte proposte."),
            FormFieldType.Scale => IsScalePoint(field, text) ? (text, null) : (text, $"«{Name(field)}»: scegli un valore da 1 a {field.ScaleMax}."),
            FormFieldType.Consent => text == "si" ? (text, null) : (text, RequiredMessage(field)),
            _ => (text, null),
        };
        if (error is null)
        {
            answers[field.Key] = [text];
        }

        return error;
    }

    private static string? ReadMultiple(FormField field, StringValues values, Dictionary<string, string[]> answers)
    {
        var chosen = values.Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).ToList();
        if (chosen.Count == 0)
        {
            return field.Required ? RequiredMessage(field) : null;
        }

        if (chosen.Count > field.Options.Count || chosen.Distinct(StringComparer.Ordinal).Count() != chosen.Count
            || chosen.Any(v => !field.Options.Any(o => o.Value == v)))
        {
            return $"«{Name(field)}»: scegli tra le risposte proposte.";
        }

        // Stored in the definition's order, whatever the order of the post.
        answers[field.Key] = [.. field.Options.Select(o => o.Value).Where(chosen.Contains)];
        return null;
    }

    private static string? ReadMatrix(FormField field, IFormCollection posted, Dictionary<string, string[]> answers)
    {
        var missing = false;
        foreach (var row in field.Rows)
        {
            var values = posted[InputName(field, row)];
            if (values.Count > 1)
            {
                return $"«{Name(field)}»: è attesa una sola risposta per ogni affermazione.";
            }

            var text = (values.Count == 1 ? values[0] ?? "" : "").Trim();
            if (text.Length == 0)
            {
                missing = true;
                continue;
            }

            if (!IsScalePoint(field, text))
            {
                return $"«{Name(field)}»: scegli un valore da 1 a {field.ScaleMax} per «{row.Label}».";
            }

            answers[FormAnswers.RowKey(field.Key, row.Value)] = [text];
        }

        return missing && field.Required
            ? field.ErrorMessage is { Length: > 0 } custom ? custom : $"«{Name(field)}»: rispondi a ogni affermazione."
            : null;
    }

    private static string? ReadFile(FormField field, IReadOnlyList<IFormFile> uploads, Result result)
    {
        var present = uploads.Where(u => u.Length > 0 || !string.IsNullOrEmpty(u.FileName)).ToList();
        if (present.Count == 0)
        {
            return field.Required ? RequiredMessage(field) : null;
        }

        if (present.Count > 1)
        {
            return $"«{Name(field)}»: allega un solo file.";
        }

        var upload = present[0];
        var shownName = Path.GetFileName((upload.FileName ?? "").Replace('\\', '/'));
        var maxBytes = Math.Min((long)(field.MaxFileMb ?? FormRules.MaxFileMbLimit) * 1024 * 1024, FileInspector.MaxBytes);
        if (upload.Length > maxBytes)
        {
            return $"«{Name(field)}»: il file «{shownName}» supera {maxBytes / 1024 / 1024} MB.";
        }

        using var buffer = new MemoryStream();
        upload.CopyTo(buffer);
        buffer.Position = 0;
        var (kind, error) = FileInspector.Inspect(buffer, buffer.Length, imagesOnly: false);
        var allowed = field.FileTypes.Select(t => "." + t).ToList();
        if (kind is null || !allowed.Contains(kind.Extension))
        {
            return $"«{Name(field)}»: il file «{shownName}» non è di un tipo ammesso ({string.Join(", ", field.FileTypes.Select(t => t.ToUpperInvariant()))}).";
        }

        var extension = Path.GetExtension(shownName).ToLowerInvariant();
        var sameKind = extension == kind.Extension || (kind.Extension == ".jpg" && extension == ".jpeg");
        if (!sameKind)
        {
            return $"«{Name(field)}»: il contenuto del file «{shownName}» non corrisponde alla sua estensione (è un file {kind.Extension.TrimStart('.').ToUpperInvariant()}). Rinominalo o allega il file giusto.";
        }

        result.Files.Add(new PostedFile(field.Key, FileInspector.SafeName(shownName, kind), kind, buffer.ToArray()));
        return error;
    }

    private static (string, string?) ReadNumber(FormField field, string text)
    {
        if (!FormVisibility.TryNumber(text, out var number))
        {
            return (text, $"«{Name(field)}»: scrivi un numero, per esempio 3 o 2,5.");
        }

        if (field.Min is { } min && FormVisibility.TryNumber(min, out var low) && number < low)
        {
            return (text, $"«{Name(field)}»: il valore minimo è {Show(low)}.");
        }

        if (field.Max is { } max && FormVisibility.TryNumber(max, out var high) && number > high)
        {
            return (text, $"«{Name(field)}»: il valore massimo è {Show(high)}.");
        }

        return (number.ToString("G29", CultureInfo.InvariantCulture), null);

        static string Show(decimal value) => value.ToString(CultureInfo.GetCultureInfo("it-IT"));
    }

    private static (string, string?) ReadDate(FormField field, string text)
    {
        if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (text, $"«{Name(field)}»: scrivi una data valida, per esempio 31/12/2026.");
        }

        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (field.Min is { Length: > 0 } min && string.CompareOrdinal(iso, min) < 0)
        {
            return (text, $"«{Name(field)}»: la data non può essere prima del {Italian(min)}.");
        }

        if (field.Max is { Length: > 0 } max && string.CompareOrdinal(iso, max) > 0)
        {
            return (text, $"«{Name(field)}»: la data non può essere dopo il {Italian(max)}.");
        }

        return (iso, null);

        static string Italian(string iso) =>
            DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : iso;
    }

    private static string? CheckText(FormField field, string text)
    {
        var max = field.MaxLength ?? DefaultMaxLength(field.Type);
        if (text.Length > max)
        {
            return $"«{Name(field)}» può avere al massimo {max} caratteri (ne hai scritti {text.Length}).";
        }

        if (field.MinLength is { } min && text.Length < min)
        {
            return $"«{Name(field)}» deve avere almeno {min} caratteri.";
        }

        if (field.Pattern is { Length: > 0 } pattern && !MatchesPattern(pattern, text))
        {
            return field.ErrorMessage is { Length: > 0 } custom ? custom : $"«{Name(field)}» non è nel formato richiesto.";
        }

        return null;
    }

    /// <summary>The whole answer must match; a pattern that takes too long counts as not matching.</summary>
    public static bool MatchesPattern(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsScalePoint(FormField field, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var point) && point >= 1 && point <= field.ScaleMax;

    private static bool IsPhone(string text) => PhoneShape().IsMatch(text) && text.Count(char.IsAsciiDigit) is >= 6 and <= 15;

    private static string RequiredMessage(FormField field) =>
        field.ErrorMessage is { Length: > 0 } custom ? custom : field.Type switch
        {
            FormFieldType.SingleChoice or FormFieldType.MultipleChoice or FormFieldType.Scale => $"«{Name(field)}»: scegli una risposta.",
            FormFieldType.Consent => "Per inviare il modulo devi dare il consenso al trattamento dei dati.",
            FormFieldType.File => $"«{Name(field)}»: allega il file.",
            _ => $"«{Name(field)}» è obbligatorio.",
        };

    private static string Name(FormField field) => field.Label.Length > 80 ? field.Label[..77] + "…" : field.Label;

    /// <summary>Trims, unifies line breaks and drops control characters (newlines too, unless the field is multi-line).</summary>
    private static string Clean(string? value, bool multiline)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n')
            {
                builder.Append(multiline ? '\n' : ' ');
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"^\+?[0-9 ().\-/]{6,25}$")]
    private static partial Regex PhoneShape();
}
