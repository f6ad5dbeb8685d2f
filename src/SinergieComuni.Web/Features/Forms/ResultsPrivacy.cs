namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Makes a report safe for the public results page: every group under <see cref="MinimumGroup"/> answers (an option,
/// a matrix cell, a histogram bin, a month, a question's number of answers) loses its count and percentage, and a
/// total under the threshold hides everything. Where the groups of a question exclude each other (single choice,
/// scale, a matrix statement, bins, months) and exactly one is hidden, the smallest shown one is hidden too, so the
/// hidden count cannot be worked out from the question's total.
/// </summary>
public static class ResultsPrivacy
{
    public const int MinimumGroup = 5;

    public static FormResultsReport ForPublic(FormResultsReport report)
    {
        if (report.Total < MinimumGroup)
        {
            return report with { Questions = [], CompletionRate = null, TooFewAnswers = true };
        }

        return report with { Questions = [.. report.Questions.Select(Question)] };
    }

    public static bool IsHidden(int count) => count < MinimumGroup;

    private static QuestionResults Question(QuestionResults question)
    {
        var respondents = question.Respondents is { } n && !IsHidden(n) ? n : (int?)null;
        if (respondents is null)
        {
            // Nothing of a question answered by fewer than five people is shown, not even how its answers spread.
            return question with
            {
                Respondents = null,
                Counts = [.. question.Counts.Select(c => c with { Count = null, Share = null })],
                Rows = [.. question.Rows.Select(r => r with { Respondents = null, Cells = [.. r.Cells.Select(c => c with { Count = null, Share = null })] })],
                Mean = null,
                Median = null,
            };
        }

        var exclusive = !question.MultipleAnswers;
        return question with
        {
            Respondents = respondents,
            Counts = Groups(question.Counts, exclusive),
            Rows = [.. question.Rows.Select(r => r.Respondents is { } answered && !IsHidden(answered)
                ? r with { Cells = Groups(r.Cells, exclusive) }
                : r with { Respondents = null, Cells = [.. r.Cells.Select(c => c with { Count = null, Share = null })] })],
        };
    }

    private static List<ResultCount> Groups(IReadOnlyList<ResultCount> groups, bool exclusive)
    {
        var hidden = groups.Select(g => g.Count is not { } c || IsHidden(c)).ToArray();
        if (exclusive && hidden.Count(h => h) == 1)
        {
            var smallest = groups.Select((g, i) => (g.Count, Index: i)).Where(g => !hidden[g.Index]).OrderBy(g => g.Count).ThenBy(g => g.Index).FirstOrDefault();
            if (smallest.Count is not null)
            {
                hidden[smallest.Index] = true;
            }
        }

        return [.. groups.Select((g, i) => hidden[i] ? g with { Count = null, Share = null } : g)];
    }
}
