using System.Globalization;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// The dashboard's aggregates as CSV for spreadsheets set to Italian: UTF-8 with BOM, semicolons, RFC 4180 quoting,
/// and cells that a spreadsheet would run as a formula (= + - @, tab, carriage return) prefixed with an apostrophe.
/// Columns: Domanda; Risposta; Conteggio; Percentuale. Never contains free-text answers.
/// </summary>
public static class FormResultsCsv
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public static byte[] Write(FormResultsReport report, FormDocument form)
    {
        var rows = new List<IReadOnlyList<string>>();
        void Row(string question, string answer, int? count, double? share) =>
            rows.Add([question, answer, count?.ToString(CultureInfo.InvariantCulture) ?? "", share is { } s ? Percent(s) : ""]);

        Row("Totale risposte", report.Filter.IsEmpty ? "" : "Filtro: " + report.Filter.Describe(form), report.Total, null);
        Row("Tasso di completamento", "", null, report.CompletionRate);
        foreach (var question in report.Questions)
        {
            Row(question.Label, "Risposte alla domanda", question.Respondents, null);
            foreach (var group in question.Counts)
            {
                Row(question.Label, group.Label, group.Count, group.Share);
            }

            foreach (var row in question.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    Row($"{question.Label} – {row.Label}", cell.Label, cell.Count, cell.Share);
                }
            }

            if (question.Mean is { } mean)
            {
                Row(question.Label, "Media: " + mean.ToString("0.##", Italian), null, null);
            }

            if (question.Median is { } median)
            {
                Row(question.Label, "Mediana: " + median.ToString("0.##", Italian), null, null);
            }
        }

        return CsvWriter.ToBytes(new SpreadsheetTable(["Domanda", "Risposta", "Conteggio", "Percentuale"], rows));
    }

    public static string Percent(double share) => (share * 100).ToString("0.0", Italian) + "%";
}
