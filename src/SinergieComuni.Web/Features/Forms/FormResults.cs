using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Aggregates a form's entries for the results dashboard: all entries' answers are read in one query and counted in
/// memory. Questions are those of the reference version (the published one, else the latest); answers given to older
/// versions count under the same field key. Free text never leaves this class: text, email, phone, file, hidden and
/// consent questions report only how many answered.
/// <para>
/// <b>Tasso di completamento</b>: the mean, over the entries, of the share of questions answered among those the
/// entry was shown (visible by the conditions of the version it answered, given its own answers). Hidden fields and
/// consents do not count; a matrix counts as answered when at least one statement is. Mandatory questions are always
/// answered in a stored entry, so this measures how much of the optional part people fill in.
/// </para>
/// </summary>
public sealed class FormResults(SinergieDbContext db, FormDefinitions definitions, FormEntries entries)
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    /// <summary>Number answers spread over more distinct integers than this are grouped in <see cref="HistogramBins"/> bins.</summary>
    public const int MaxIntegerBins = 12;

    public const int HistogramBins = 8;

    /// <summary>The form whose results are shown and its reference version; null if the form does not exist or is in the bin.</summary>
    public async Task<(ContentItem Item, FormDocument Form)?> ReferenceAsync(Guid formId, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(
            i => i.Id == formId && i.ContentType == ContentTypes.Form && i.DeletedUtc == null, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var form = await definitions.VersionAsync(item.Id, item.PublishedVersion ?? item.LatestVersion, cancellationToken);
        return form is null ? null : (item, form);
    }

    public sealed record ReaderReport(ContentItem Item, FormDocument Form, ResultsFilter Filter, FormResultsReport Report, bool IncludeSensitive);

    /// <summary>
    /// The dashboard for a backoffice reader. Who reads follows the latest version's settings, as for the entries;
    /// Found is false when there is no such form, Report null when the actor may not read it.
    /// </summary>
    public async Task<(bool Found, ReaderReport? Report)> ForReaderAsync(Guid formId, ContentActor actor, IQueryCollection query, CancellationToken cancellationToken)
    {
        var access = await entries.OpenAsync(formId, actor, cancellationToken);
        if (access is null || await ReferenceAsync(formId, cancellationToken) is not { } found)
        {
            return (false, null);
        }

        if (!access.CanRead)
        {
            return (true, null);
        }

        var filter = ResultsFilter.Parse(query, found.Form, access.CanReadSensitive, singleValue: false);
        var report = await ComputeAsync(formId, found.Form, filter, access.CanReadSensitive, cancellationToken);
        return (true, new ReaderReport(found.Item, found.Form, filter, report, access.CanReadSensitive));
    }

    public async Task<FormResultsReport> ComputeAsync(Guid formId, FormDocument reference, ResultsFilter filter, bool includeSensitive, CancellationToken cancellationToken)
    {
        var rows = await db.FormEntries.AsNoTracking()
            .Where(e => e.FormId == formId)
            .Select(e => new { e.FormVersion, e.AnswersJson })
            .ToListAsync(cancellationToken);
        var versions = new Dictionary<int, FormDocument>();
        foreach (var number in rows.Select(r => r.FormVersion).Distinct())
        {
            if (await definitions.VersionAsync(formId, number, cancellationToken) is { } form)
            {
                versions[number] = form;
            }
        }

        return Aggregate(reference, versions, rows.Select(r => (r.FormVersion, r.AnswersJson)), filter, includeSensitive);
    }

    /// <summary>The pure part: counts the entries (version number, answers JSON) against the reference version.</summary>
    public static FormResultsReport Aggregate(
        FormDocument reference,
        IReadOnlyDictionary<int, FormDocument> versions,
        IEnumerable<(int Version, string AnswersJson)> entries,
        ResultsFilter filter,
        bool includeSensitive)
    {
        var matching = new List<Dictionary<string, string[]>>();
        var questionsByVersion = new Dictionary<FormDocument, List<FormField>>(ReferenceEqualityComparer.Instance);
        double completionSum = 0;
        var completionCount = 0;
        foreach (var (version, json) in entries)
        {
            Dictionary<string, string[]> answers;
            try
            {
                answers = FormAnswers.Parse(json);
            }
            catch (JsonException)
            {
                continue;
            }

            if (!filter.Matches(answers))
            {
                continue;
            }

            matching.Add(answers);
            var form = versions.GetValueOrDefault(version) ?? reference;
            var visibility = FormVisibility.Evaluate(form, answers);
            if (!questionsByVersion.TryGetValue(form, out var questionsOfForm))
            {
                questionsByVersion[form] = questionsOfForm = [.. form.AllFields().Where(IsQuestion)];
            }

            var shown = 0;
            var answered = 0;
            foreach (var field in questionsOfForm)
            {
                if (visibility.IsVisible(field))
                {
                    shown++;
                    answered += HasAnswer(field, answers) ? 1 : 0;
                }
            }

            if (shown > 0)
            {
                completionSum += answered / (double)shown;
                completionCount++;
            }
        }

        var older = versions.OrderByDescending(v => v.Key).Select(v => v.Value).ToList();
        var questions = reference.AllFields()
            .Where(f => f.HasAnswer && (includeSensitive || !f.Sensitive))
            .Select(f => Question(f, older, matching))
            .ToList();
        return new FormResultsReport(matching.Count, completionCount == 0 ? null : completionSum / completionCount, questions, filter);
    }

    /// <summary>"1 – Per niente", "3": a scale point with its label when the form gives one.</summary>
    private static bool IsQuestion(FormField field) => field.HasAnswer && field.Type is not (FormFieldType.Hidden or FormFieldType.Consent);

    private static bool HasAnswer(FormField field, IReadOnlyDictionary<string, string[]> answers) => field.Type == FormFieldType.Matrix
        ? field.Rows.Any(r => NonBlank(answers, FormAnswers.RowKey(field.Key, r.Value)).Length > 0)
        : NonBlank(answers, field.Key).Length > 0;

    private static string[] NonBlank(IReadOnlyDictionary<string, string[]> answers, string key)
    {
        if (!answers.TryGetValue(key, out var values) || values is null || values.Length == 0)
        {
            return [];
        }

        // The usual case (one answer) without LINQ: this runs for every entry and question.
        if (values.Length == 1)
        {
            return string.IsNullOrWhiteSpace(values[0]) ? [] : [values[0].Trim()];
        }

        return [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal)];
    }

    private static QuestionResults Question(FormField field, IReadOnlyList<FormDocument> older, List<Dictionary<string, string[]>> entries) => field.Type switch
    {
        FormFieldType.SingleChoice or FormFieldType.MultipleChoice => Choice(field, field.Options, older, entries),
        FormFieldType.Scale => Choice(field, FormAnswers.ScalePoints(field), older, entries),
        FormFieldType.Matrix => Matrix(field, entries),
        FormFieldType.Number => Numbers(field, entries),
        FormFieldType.Date => Dates(field, entries),
        _ => new QuestionResults(field.Key, field.Label, field.Type, QuestionChart.None, entries.Count(e => NonBlank(e, field.Key).Length > 0), [], [], []),
    };

    private static QuestionResults Choice(FormField field, IReadOnlyList<FormOption> options, IReadOnlyList<FormDocument> older, List<Dictionary<string, string[]>> entries)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var respondents = 0;
        foreach (var answers in entries)
        {
            var values = NonBlank(answers, field.Key);
            if (values.Length == 0)
            {
                continue;
            }

            respondents++;
            foreach (var value in values)
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        // Options removed in a later version still show, with the label they had, after the current ones.
        var extra = counts.Keys.Where(v => options.All(o => o.Value != v))
            .Select(v => new FormOption { Value = v, Label = OlderLabel(field, v, older) })
            .OrderByDescending(o => counts[o.Value]).ThenBy(o => o.Value, StringComparer.Ordinal);
        var groups = options.Concat(extra)
            .Select(o => new ResultCount(o.Label, counts.GetValueOrDefault(o.Value), Share(counts.GetValueOrDefault(o.Value), respondents)))
            .ToList();
        return new QuestionResults(field.Key, field.Label, field.Type, QuestionChart.Bars, respondents, groups, [], []);
    }

    private static string OlderLabel(FormField field, string value, IReadOnlyList<FormDocument> older)
    {
        foreach (var form in older)
        {
            if (form.Field(field.Key) is { } previous && previous.Options.FirstOrDefault(o => o.Value == value) is { } option)
            {
                return field.Type == FormFieldType.Scale ? FormAnswers.ScalePoint(previous, value) : option.Label;
            }
        }

        return value;
    }

    private static QuestionResults Matrix(FormField field, List<Dictionary<string, string[]>> entries)
    {
        var points = FormAnswers.ScalePoints(field);
        var respondents = entries.Count(e => HasAnswer(field, e));
        var rows = field.Rows.Select(row =>
        {
            var key = FormAnswers.RowKey(field.Key, row.Value);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var answered = 0;
            foreach (var answers in entries)
            {
                var values = NonBlank(answers, key);
                if (values.Length == 0)
                {
                    continue;
                }

                answered++;
                foreach (var value in values)
                {
                    counts[value] = counts.GetValueOrDefault(value) + 1;
                }
            }

            var cells = points.Select(p => new ResultCount(p.Label, counts.GetValueOrDefault(p.Value), Share(counts.GetValueOrDefault(p.Value), answered))).ToList();
            return new MatrixRowResults(row.Label, answered, cells);
        }).ToList();
        return new QuestionResults(field.Key, field.Label, field.Type, QuestionChart.StackedBars, respondents, [], [.. points.Select(p => p.Label)], rows);
    }

    private static QuestionResults Numbers(FormField field, List<Dictionary<string, string[]>> entries)
    {
        var values = new List<decimal>();
        foreach (var answers in entries)
        {
            var given = NonBlank(answers, field.Key);
            if (given.Length > 0 && FormVisibility.TryNumber(given[0], out var number))
            {
                values.Add(number);
            }
        }

        values.Sort();
        var bins = Histogram(values);
        decimal? mean = values.Count == 0 ? null : Math.Round(values.Average(), 2);
        decimal? median = values.Count == 0 ? null
            : values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
        return new QuestionResults(field.Key, field.Label, field.Type, QuestionChart.Histogram, values.Count,
            [.. bins.Select(b => new ResultCount(b.Label, b.Count, Share(b.Count, values.Count)))], [], [], mean, median);
    }

    /// <summary>
    /// One bin per integer when the answers are integers spanning at most <see cref="MaxIntegerBins"/> values;
    /// otherwise <see cref="HistogramBins"/> equal-width bins from the smallest to the largest answer (integer widths for
    /// integer answers), each including its lower bound and the last also its upper bound.
    /// </summary>
    public static List<(string Label, int Count)> Histogram(IReadOnlyList<decimal> sorted)
    {
        if (sorted.Count == 0)
        {
            return [];
        }

        var min = sorted[0];
        var max = sorted[^1];
        var integers = sorted.All(v => v == decimal.Truncate(v));
        if (integers && max - min + 1 <= MaxIntegerBins)
        {
            return [.. Enumerable.Range(0, (int)(max - min) + 1).Select(i => min + i)
                .Select(v => (Number(v), sorted.Count(x => x == v)))];
        }

        if (min == max)
        {
            return [(Number(min), sorted.Count)];
        }

        var width = integers ? Math.Ceiling((max - min + 1) / HistogramBins) : (max - min) / HistogramBins;
        var bins = new List<(string, int)>();
        for (var i = 0; i < HistogramBins; i++)
        {
            var low = min + (i * width);
            if (low > max)
            {
                break;
            }

            var last = i == HistogramBins - 1 || low + width > max;
            var high = low + width;
            var count = sorted.Count(v => v >= low && (v < high || (last && v <= max)));
            var label = integers
                ? (width == 1 ? Number(low) : $"{Number(low)}–{Number(high - 1)}")
                : $"da {Number(low)} a {Number(last ? max : high)}";
            bins.Add((label, count));
        }

        return bins;
    }

    private static QuestionResults Dates(FormField field, List<Dictionary<string, string[]>> entries)
    {
        var dates = new List<DateOnly>();
        foreach (var answers in entries)
        {
            var given = NonBlank(answers, field.Key);
            if (given.Length > 0 && DateOnly.TryParseExact(given[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
        }

        var groups = new List<ResultCount>();
        if (dates.Count > 0)
        {
            var first = dates.Min();
            var last = dates.Max();
            var months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
            if (months <= 36)
            {
                for (var m = new DateOnly(first.Year, first.Month, 1); m <= last; m = m.AddMonths(1))
                {
                    var month = m;
                    var count = dates.Count(d => d.Year == month.Year && d.Month == month.Month);
                    groups.Add(new ResultCount(month.ToString("MMMM yyyy", Italian), count, Share(count, dates.Count)));
                }
            }
            else
            {
                for (var year = first.Year; year <= last.Year; year++)
                {
                    var y = year;
                    var count = dates.Count(d => d.Year == y);
                    groups.Add(new ResultCount(year.ToString(CultureInfo.InvariantCulture), count, Share(count, dates.Count)));
                }
            }
        }

        return new QuestionResults(field.Key, field.Label, field.Type, QuestionChart.Months, dates.Count, groups, [], []);
    }

    private static double? Share(int count, int total) => total == 0 ? null : count / (double)total;

    private static string Number(decimal value) => value.ToString("0.##", Italian);
}
