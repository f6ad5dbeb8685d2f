using System.IO.Compression;
using System.Xml;

namespace SinergieComuni.Tests.Forms;

/// <summary>Reads the first sheet of an XLSX the way a spreadsheet program does: the package, the workbook's sheet, its cells by reference.</summary>
public sealed class XlsxSheet
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private XlsxSheet(List<XmlElement> rows, XmlDocument styles) => (RowElements, Styles) = (rows, styles);

    public IReadOnlyList<XmlElement> RowElements { get; }

    public XmlDocument Styles { get; }

    public int RowCount => RowElements.Count;

    public static XlsxSheet Open(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        Assert.NotNull(zip.GetEntry("_rels/.rels"));
        var workbook = Load(zip, "xl/workbook.xml");
        Assert.Single(workbook.GetElementsByTagName("sheet", Main));
        var sheet = Load(zip, "xl/worksheets/sheet1.xml");
        var rows = sheet.GetElementsByTagName("row", Main).Cast<XmlElement>().ToList();
        return new XlsxSheet(rows, Load(zip, "xl/styles.xml"));
    }

    /// <summary>The texts of one row (1-based, as in Excel), empty where a cell is missing.</summary>
    public IReadOnlyList<string> Row(int number)
    {
        var row = RowElements.Single(r => r.GetAttribute("r") == number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var cells = new SortedDictionary<int, string>();
        foreach (var cell in row.GetElementsByTagName("c", Main).Cast<XmlElement>())
        {
            Assert.Equal("inlineStr", cell.GetAttribute("t"));
            var reference = cell.GetAttribute("r");
            var letters = new string([.. reference.TakeWhile(char.IsLetter)]);
            var column = letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
            cells[column] = cell.GetElementsByTagName("t", Main)[0]!.InnerText;
        }

        var last = cells.Count == 0 ? 0 : cells.Keys.Max();
        return [.. Enumerable.Range(1, last).Select(c => cells.GetValueOrDefault(c, ""))];
    }

    public string? StyleOf(int row, int column) =>
        RowElements[row - 1].GetElementsByTagName("c", Main).Cast<XmlElement>().ElementAtOrDefault(column - 1)?.GetAttribute("s");

    private static XmlDocument Load(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        Assert.NotNull(entry);
        var document = new XmlDocument();
        using var stream = entry.Open();
        document.Load(stream);
        return document;
    }
}
