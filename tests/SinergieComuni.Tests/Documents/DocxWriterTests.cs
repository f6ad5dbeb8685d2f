using System.IO.Compression;
using System.Xml.Linq;
using SinergieComuni.Web.Features.Documents;
using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Tests.Documents;

/// <summary>The generated .docx is a package Word and LibreOffice open: the required parts, well-formed XML, styles and lists.</summary>
public sealed class DocxWriterTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly IReadOnlyList<TextBlock> Blocks = TextSource.Parse("""
        # Regolamento di prova

        > Fac-simile da adattare.

        ## Articolo 1 – Finalità

        Un paragrafo su due
        righe con **grassetto** & caratteri <speciali>.

        - primo punto
        - secondo punto

        1. primo passo
        2. secondo passo

        Testo in mezzo.

        1. di nuovo uno
        """);

    private static ZipArchive Open(byte[] bytes) => new(new MemoryStream(bytes), ZipArchiveMode.Read);

    [Fact]
    public void The_package_has_the_required_parts_and_every_part_is_well_formed_xml()
    {
        using var zip = Open(DocxWriter.ToBytes("Regolamento di prova", Blocks, DateTime.UtcNow));

        foreach (var part in new[] { "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "docProps/core.xml" })
        {
            Assert.NotNull(zip.GetEntry(part));
        }

        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            _ = XDocument.Load(stream);
        }

        var types = XDocument.Load(zip.GetEntry("[Content_Types].xml")!.Open());
        Assert.Contains(types.Root!.Elements(), e => (string?)e.Attribute("PartName") == "/word/document.xml"
            && (string?)e.Attribute("ContentType") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        var rels = XDocument.Load(zip.GetEntry("_rels/.rels")!.Open());
        Assert.Contains(rels.Root!.Elements(), e => (string?)e.Attribute("Target") == "word/document.xml");
    }

    [Fact]
    public void The_text_headings_and_lists_are_in_the_document_with_their_styles()
    {
        using var zip = Open(DocxWriter.ToBytes("Regolamento di prova", Blocks, DateTime.UtcNow));
        var document = XDocument.Load(zip.GetEntry("word/document.xml")!.Open());
        var paragraphs = document.Descendants(W + "p").Select(p => (
            Style: (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val"),
            NumId: (string?)p.Element(W + "pPr")?.Element(W + "numPr")?.Element(W + "numId")?.Attribute(W + "val"),
            Text: string.Concat(p.Descendants(W + "t").Select(t => t.Value)))).ToList();

        Assert.Equal(("Title", null, "Regolamento di prova"), paragraphs[0]);
        Assert.Contains(("Heading1", null, "Articolo 1 – Finalità"), paragraphs);
        Assert.Contains(("Note", null, "Fac-simile da adattare."), paragraphs);
        Assert.Contains((null, null, "Un paragrafo su due righe con grassetto & caratteri <speciali>."), paragraphs);
        Assert.Equal(["1", "1"], paragraphs.Where(p => p.Text.EndsWith("punto", StringComparison.Ordinal)).Select(p => p.NumId));
        // Each numbered list restarts from 1: its own numbering instance.
        Assert.Equal(["2", "2", "3"], paragraphs.Where(p => p.Style == "ListParagraph" && p.NumId != "1").Select(p => p.NumId));
        Assert.Single(document.Descendants(W + "b"));
        var numbering = XDocument.Load(zip.GetEntry("word/numbering.xml")!.Open());
        Assert.Equal(3, numbering.Root!.Elements(W + "num").Count());
        var styles = XDocument.Load(zip.GetEntry("word/styles.xml")!.Open());
        Assert.Equal("it-IT", (string?)styles.Descendants(W + "lang").First().Attribute(W + "val"));
    }

    [Fact]
    public void The_title_is_in_the_properties_and_the_file_is_recognised_as_a_word_document()
    {
        var bytes = DocxWriter.ToBytes("Policy di welfare", [new TextBlock(TextBlockKind.Title, "Policy di welfare")], DateTime.UtcNow);
        using var zip = Open(bytes);
        var core = XDocument.Load(zip.GetEntry("docProps/core.xml")!.Open());

        Assert.Equal("Policy di welfare", core.Descendants(XName.Get("title", "http://purl.org/dc/elements/1.1/")).Single().Value);
        var (kind, _) = FileInspector.Inspect(new MemoryStream(bytes), bytes.Length, imagesOnly: false);
        Assert.Equal(DocxWriter.ContentType, kind?.ContentType);
    }

    [Fact]
    public void Characters_xml_does_not_allow_are_dropped()
    {
        using var zip = Open(DocxWriter.ToBytes("Titolo\u0001", [new TextBlock(TextBlockKind.Paragraph, "a\u0000b\u001Fc")], DateTime.UtcNow));
        var document = XDocument.Load(zip.GetEntry("word/document.xml")!.Open());

        Assert.Equal("abc", string.Concat(document.Descendants(W + "t").Select(t => t.Value)));
    }
}
