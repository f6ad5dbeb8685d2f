using System.Globalization;
using System.Text.Json;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// What wwwroot/js/form-results.js needs to draw a question's chart (JSON for a data attribute), and the short
/// description of the chart for its aria-label. Hidden groups are null, so the chart leaves a gap instead of a bar.
/// </summary>
public static class ResultsChart
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Data(QuestionResults question) => question.Chart switch
    {
        QuestionChart.StackedBars => JsonSerializer.Serialize(new
        {
            kind = "stacked",
            labels = question.Rows.Select(r => r.Label),
            series = question.ScalePoints.Select((point, i) => new { label = point, data = question.Rows.Select(r => r.Cells[i].Count) }),
        }, Options),
        _ => JsonSerializer.Serialize(new
        {
            kind = question.Chart switch
            {
                QuestionChart.Histogram => "histogram",
                QuestionChart.Months => "months",
                _ => "bars",
            },
            labels = question.Counts.Select(c => c.Label),
            series = new[] { new { label = "Risposte", data = question.Counts.Select(c => c.Count) } },
        }, Options),
    };

    public static string Summary(QuestionResults question)
    {
        var kind = question.Chart switch
        {
            QuestionChart.StackedBars => "Grafico a barre impilate",
            QuestionChart.Histogram => "Istogramma",
            QuestionChart.Months => "Grafico a colonne per periodo",
            _ => "Grafico a barre",
        };
        if (question.Chart == QuestionChart.StackedBars)
        {
            return $"{kind} di «{question.Label}»: {question.Rows.Count} affermazioni sulla scala da {question.ScalePoints.FirstOrDefault()} a {question.ScalePoints.LastOrDefault()}. I dati sono nella tabella che segue.";
        }

        const int listed = 12;
        var groups = string.Join(", ", question.Counts.Take(listed).Select(c => $"{c.Label}: {CountText(c.Count)}"));
        var more = question.Counts.Count > listed ? $" e altri {question.Counts.Count - listed} gruppi" : "";
        return $"{kind} di «{question.Label}»: {groups}{more}. I dati sono nella tabella che segue.";
    }

    /// <summary>"12", or "meno di 5" for a hidden group.</summary>
    public static string CountText(int? count) =>
        count?.ToString("N0", CultureInfo.GetCultureInfo("it-IT")) ?? $"meno di {ResultsPrivacy.MinimumGroup}";

    public static string ShareText(double? share) => share is { } s ? FormResultsCsv.Percent(s) : "";
}
