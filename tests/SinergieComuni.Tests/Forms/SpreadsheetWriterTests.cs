using System.Text;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Tests.Forms;

/// <summary>The CSV and XLSX writers on their own: format, quoting, formula neutralising and characters XML cannot hold.</summary>
public sealed class SpreadsheetWriterTests
{
    private static readonly SpreadsheetTable Hostile = new(
        ["Nome", "-Domanda"],
        [
            ["=HYPERLINK(\"https://attacco.example\",\"clic\")", "+1"],
            ["-2", "@SUM(A1:A2)"],
            ["\tnascosto", "\r=1+1"],
            ["normale; con \"virgolette\"\ne a capo", "a=b"],
        ]);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+39 02 123", "'+39 02 123")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("Mario = Rossi", "Mario = Rossi")]
    [InlineData("", "")]
    public void Cells_that_could_start_a_formula_get_a_leading_apostrophe(string text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Neutralise(text));

    [Fact]
    public void Characters_xml_forbids_are_removed_and_emoji_are_kept()
    {
        Assert.Equal("ab😀c", SpreadsheetText.XmlSafe("a\u0001b😀\uFFFEc\uD800"));
        Assert.Equal("'=1", SpreadsheetText.Cell("\u0002=1"));
    }

    [Fact]
    public void Csv_is_utf8_with_bom_semicolons_crlf_and_rfc4180_quotes()
    {
        var bytes = CsvWriter.ToBytes(Hostile);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "Nome;'-Domanda\r\n" +
            "\"'=HYPERLINK(\"\"https://attacco.example\"\",\"\"clic\"\")\";'+1\r\n" +
            "'-2;'@SUM(A1:A2)\r\n" +
            "'\tnascosto;\"'\r=1+1\"\r\n" +
            "\"normale; con \"\"virgolette\"\"\ne a capo\";a=b\r\n",
            text);
    }

    [Fact]
    public void Xlsx_has_a_bold_header_and_every_cell_as_neutralised_text()
    {
        var sheet = XlsxSheet.Open(XlsxWriter.ToBytes(Hostile));

        Assert.Equal(5, sheet.RowCount);
        Assert.Equal(["Nome", "'-Domanda"], sheet.Row(1));
        Assert.Equal(["'=HYPERLINK(\"https://attacco.example\",\"clic\")", "'+1"], sheet.Row(2));
        Assert.Equal(["'-2", "'@SUM(A1:A2)"], sheet.Row(3));
        Assert.Equal(["'\tnascosto", "'\r=1+1"], sheet.Row(4));
        Assert.Equal(["normale; con \"virgolette\"\ne a capo", "a=b"], sheet.Row(5));
        Assert.Equal("1", sheet.StyleOf(1, 1));
        Assert.Equal("", sheet.StyleOf(2, 1));
        Assert.Contains("<b />", sheet.Styles.OuterXml.Replace("<b/>", "<b />", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_strips_control_characters_and_escapes_markup()
    {
        var sheet = XlsxSheet.Open(XlsxWriter.ToBytes(new SpreadsheetTable(["A"], [["<script>alert(1)</script>\u0000\u001F & fine"]])));

        Assert.Equal(["<script>alert(1)</script> & fine"], sheet.Row(2));
    }

    [Fact]
    public void Xlsx_skips_empty_cells_but_keeps_the_columns_in_place()
    {
        var sheet = XlsxSheet.Open(XlsxWriter.ToBytes(new SpreadsheetTable(["A", "B", "C"], [["", "", "terza"]])));

        Assert.Equal(["", "", "terza"], sheet.Row(2));
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(53, "BA")]
    [InlineData(703, "AAA")]
    public void Column_numbers_become_excel_letters(int column, string name) =>
        Assert.Equal(name, XlsxWriter.ColumnName(column));
}
