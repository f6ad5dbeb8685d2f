using System.IO.Compression;
using System.Text;
using System.Xml;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// A minimal Office Open XML workbook: one sheet of inline strings with a bold, frozen header row. Every cell is
/// text (never a formula), neutralised like the CSV and stripped of characters XML 1.0 forbids.
/// </summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static void Write(SpreadsheetTable table, Stream output, string sheetName = "Risposte")
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """);
        Part(zip, "_rels/.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Part(zip, "xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{Relationships}/styles" Target="styles.xml"/></Relationships>
            """);
        Part(zip, "xl/styles.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="{Main}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
            """);
        using (var workbook = Writer(zip, "xl/workbook.xml"))
        {
            workbook.WriteStartDocument(standalone: true);
            workbook.WriteStartElement("workbook", Main);
            workbook.WriteAttributeString("xmlns", "r", null, Relationships);
            workbook.WriteStartElement("sheets", Main);
            workbook.WriteStartElement("sheet", Main);
            workbook.WriteAttributeString("name", SheetName(sheetName));
            workbook.WriteAttributeString("sheetId", "1");
            workbook.WriteAttributeString("id", Relationships, "rId1");
            workbook.WriteEndElement();
            workbook.WriteEndElement();
            workbook.WriteEndElement();
        }

        using var sheet = Writer(zip, "xl/worksheets/sheet1.xml");
        sheet.WriteStartDocument(standalone: true);
        sheet.WriteStartElement("worksheet", Main);
        sheet.WriteRaw("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        sheet.WriteStartElement("sheetData", Main);
        WriteRow(sheet, 1, table.Header, bold: true);
        var number = 1;
        foreach (var row in table.Rows)
        {
            WriteRow(sheet, ++number, row, bold: false);
        }

        sheet.WriteEndElement();
        sheet.WriteEndElement();
    }

    public static byte[] ToBytes(SpreadsheetTable table)
    {
        using var buffer = new MemoryStream();
        Write(table, buffer);
        return buffer.ToArray();
    }

    /// <summary>"A", "B", … "Z", "AA", …: the letters of a 1-based column number.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    private static void WriteRow(XmlWriter sheet, int number, IReadOnlyList<string> cells, bool bold)
    {
        var rowNumber = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        sheet.WriteStartElement("row", Main);
        sheet.WriteAttributeString("r", rowNumber);
        for (var i = 0; i < cells.Count; i++)
        {
            var text = SpreadsheetText.Cell(cells[i]);
            if (text.Length == 0)
            {
                continue;
            }

            sheet.WriteStartElement("c", Main);
            sheet.WriteAttributeString("r", ColumnName(i + 1) + rowNumber);
            sheet.WriteAttributeString("t", "inlineStr");
            if (bold)
            {
                sheet.WriteAttributeString("s", "1");
            }

            sheet.WriteStartElement("is", Main);
            sheet.WriteStartElement("t", Main);
            sheet.WriteAttributeString("xml", "space", null, "preserve");
            sheet.WriteString(text);
            sheet.WriteEndElement();
            sheet.WriteEndElement();
            sheet.WriteEndElement();
        }

        sheet.WriteEndElement();
    }

    // Excel refuses sheet names over 31 characters or with : \ / ? * [ ].
    private static string SheetName(string name)
    {
        var clean = new string([.. SpreadsheetText.XmlSafe(name).Where(c => ":\\/?*[]".IndexOf(c, StringComparison.Ordinal) < 0)]).Trim();
        return clean.Length == 0 ? "Foglio1" : clean.Length > 31 ? clean[..31] : clean;
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = new UTF8Encoding(false).GetBytes(xml.Trim());
        stream.Write(bytes);
    }

    private static XmlWriter Writer(ZipArchive zip, string name) =>
        XmlWriter.Create(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            CloseOutput = true,
            NewLineHandling = NewLineHandling.Entitize,
        });
}
