using System.Globalization;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Which pages, groups and fields a visitor sees for the answers given. Rules may only look at fields that come earlier
/// in the form, so one pass in order settles everything; a field that is hidden counts as empty for later rules.
/// wwwroot/js/form-conditions.js is the browser's twin and is tested on the same cases.
/// </summary>
public sealed class FormVisibility
{
    private readonly HashSet<string> visibleFields = new(StringComparer.Ordinal);
    private readonly HashSet<string> visiblePages = new(StringComparer.Ordinal);
    private readonly HashSet<string> visibleGroups = new(StringComparer.Ordinal);

    private FormVisibility()
    {
    }

    public bool IsVisible(FormField field) => visibleFields.Contains(field.Key);

    public bool IsPageVisible(FormPage page) => visiblePages.Contains(page.Key);

    public bool IsGroupVisible(FormGroup group) => visibleGroups.Contains(group.Key);

    /// <summary>The definition as form-conditions.js reads it: keys, types and conditions only (no settings, no addresses).</summary>
    public static string ClientDefinitionJson(FormDocument form) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            pages = form.Pages.Select(p => new
            {
                p.Key,
                p.Condition,
                Groups = p.Groups.Select(g => new { g.Key, g.Condition, Fields = g.Fields.Select(f => new { f.Key, f.Type, f.Condition }) }),
            }),
        }, Content.ContentJson.Options).Replace("<", "\\u003c", StringComparison.Ordinal);

    public static FormVisibility Evaluate(FormDocument form, IReadOnlyDictionary<string, string[]> answers)
    {
        var result = new FormVisibility();
        var types = new Dictionary<string, FormFieldType>(StringComparer.Ordinal);
        foreach (var field in form.AllFields())
        {
            types[field.Key] = field.Type;
        }

        string[] ValueOf(string key) =>
            result.visibleFields.Contains(key) && answers.TryGetValue(key, out var values) ? values : [];

        bool Applies(FormCondition? condition)
        {
            if (condition is null || condition.Rules.Count == 0)
            {
                return true;
            }

            var matches = condition.Rules.Select(r => Matches(r, ValueOf(r.Field), types.GetValueOrDefault(r.Field)));
            var matched = condition.Match == ConditionMatch.All ? matches.All(m => m) : matches.Any(m => m);
            return condition.Action == ConditionAction.Show ? matched : !matched;
        }

        foreach (var page in form.Pages)
        {
            var pageVisible = Applies(page.Condition);
            if (pageVisible)
            {
                result.visiblePages.Add(page.Key);
            }

            foreach (var group in page.Groups)
            {
                var groupVisible = pageVisible && Applies(group.Condition);
                if (groupVisible)
                {
                    result.visibleGroups.Add(group.Key);
                }

                foreach (var field in group.Fields)
                {
                    if (groupVisible && Applies(field.Condition))
                    {
                        result.visibleFields.Add(field.Key);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>One rule against an answer (all its values, blanks removed).</summary>
    public static bool Matches(FormRule rule, string[] rawValues, FormFieldType type)
    {
        var values = rawValues.Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();
        var expected = (rule.Value ?? "").Trim();
        var isChoice = type is FormFieldType.SingleChoice or FormFieldType.MultipleChoice or FormFieldType.Consent;
        return rule.Operator switch
        {
            RuleOperator.IsEmpty => values.Length == 0,
            RuleOperator.Equals => values.Any(v => SameValue(v, expected)),
            RuleOperator.NotEquals => !values.Any(v => SameValue(v, expected)),
            RuleOperator.Contains => isChoice
                ? values.Any(v => SameValue(v, expected))
                : values.Any(v => v.ToLowerInvariant().Contains(expected.ToLowerInvariant(), StringComparison.Ordinal)),
            RuleOperator.GreaterThan => values.Length > 0 && Greater(values[0], expected),
            _ => false,
        };
    }

    private static bool SameValue(string value, string expected) =>
        TryNumber(value, out var a) && TryNumber(expected, out var b)
            ? a == b
            : string.Equals(value.ToLowerInvariant(), expected.ToLowerInvariant(), StringComparison.Ordinal);

    private static bool Greater(string value, string expected)
    {
        if (TryNumber(value, out var a) && TryNumber(expected, out var b))
        {
            return a > b;
        }

        return IsIsoDate(value) && IsIsoDate(expected) && string.CompareOrdinal(value, expected) > 0;
    }

    /// <summary>"3", "-2", "3.5" or "3,5"; nothing else (no exponents, no thousands separators), as in the browser.</summary>
    public static bool TryNumber(string text, out decimal number)
    {
        number = 0;
        var s = text.Trim();
        if (s.Length is 0 or > 30)
        {
            return false;
        }

        var start = s[0] == '-' ? 1 : 0;
        var separators = 0;
        var digits = 0;
        for (var i = start; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                digits++;
            }
            else if ((s[i] == '.' || s[i] == ',') && i > start && i < s.Length - 1 && separators == 0)
            {
                separators++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && decimal.TryParse(s.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    public static bool IsIsoDate(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
