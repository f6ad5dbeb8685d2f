namespace SinergieComuni.Web.Features.Forms;

/// <summary>A header row and data rows of plain text, written as CSV or XLSX by <see cref="CsvWriter"/> and <see cref="XlsxWriter"/>.</summary>
public sealed record SpreadsheetTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
