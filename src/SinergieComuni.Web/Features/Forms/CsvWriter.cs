using System.Text;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// CSV as Italian Excel opens it with a double click: UTF-8 with BOM, semicolons, CRLF, RFC 4180 quoting,
/// and every cell that could start a formula neutralised.
/// </summary>
public static class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static void Write(SpreadsheetTable table, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        WriteRow(writer, table.Header);
        foreach (var row in table.Rows)
        {
            WriteRow(writer, row);
        }
    }

    public static byte[] ToBytes(SpreadsheetTable table)
    {
        using var buffer = new MemoryStream();
        Write(table, buffer);
        return buffer.ToArray();
    }

    private static void WriteRow(StreamWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(';');
            }

            var text = SpreadsheetText.Neutralise(cells[i]);
            if (text.AsSpan().IndexOfAny(";\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(text);
            }
        }

        writer.Write("\r\n");
    }
}
