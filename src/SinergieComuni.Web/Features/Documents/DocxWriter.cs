using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace SinergieComuni.Web.Features.Documents;

/// <summary>
/// A minimal WordprocessingML (.docx) document: title, headings, paragraphs, bulleted and numbered lists and notes,
/// with real Word styles (so headings show in the navigation pane and screen readers) and Italian as the language.
/// Opens in Word and LibreOffice. Text is stripped of characters XML 1.0 forbids.
/// </summary>
public static class DocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static byte[] ToBytes(string title, IReadOnlyList<TextBlock> blocks, DateTime createdUtc)
    {
        using var buffer = new MemoryStream();
        Write(title, blocks, createdUtc, buffer);
        return buffer.ToArray();
    }

    public static void Write(string title, IReadOnlyList<TextBlock> blocks, DateTime createdUtc, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
            """);
        Part(zip, "_rels/.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="{PackageRelationships}/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="{Relationships}/extended-properties" Target="docProps/app.xml"/></Relationships>
            """);
        Part(zip, "word/_rels/document.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{Relationships}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="{Relationships}/numbering" Target="numbering.xml"/></Relationships>
            """);
        Part(zip, "word/styles.xml", Styles);
        Part(zip, "docProps/app.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>SinergieComuni</Application></Properties>
            """);
        using (var core = Writer(zip, "docProps/core.xml"))
        {
            core.WriteStartDocument(standalone: true);
            core.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
            core.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
            core.WriteAttributeString("xmlns", "dcterms", null, "http://purl.org/dc/terms/");
            core.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            core.WriteElementString("dc", "title", "http://purl.org/dc/elements/1.1/", Clean(title));
            core.WriteElementString("dc", "language", "http://purl.org/dc/elements/1.1/", "it-IT");
            core.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", "SinergieComuni");
            core.WriteStartElement("dcterms", "created", "http://purl.org/dc/terms/");
            core.WriteAttributeString("xsi", "type", "http://www.w3.org/2001/XMLSchema-instance", "dcterms:W3CDTF");
            core.WriteString(createdUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            core.WriteEndElement();
            core.WriteEndElement();
        }

        var numberedLists = 0;
        using (var document = Writer(zip, "word/document.xml"))
        {
            document.WriteStartDocument(standalone: true);
            document.WriteStartElement("w", "document", W);
            document.WriteAttributeString("xmlns", "r", null, Relationships);
            document.WriteStartElement("w", "body", W);
            var previous = (TextBlockKind?)null;
            foreach (var block in blocks)
            {
                if (block.Kind == TextBlockKind.Numbered && previous != TextBlockKind.Numbered)
                {
                    numberedLists++;
                }

                Paragraph(document, block, numberedLists);
                previous = block.Kind;
            }

            // A4 with 2 cm margins.
            document.WriteRaw("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>");
            document.WriteEndElement();
            document.WriteEndElement();
        }

        Part(zip, "word/numbering.xml", Numbering(numberedLists));
    }

    private static void Paragraph(XmlWriter w, TextBlock block, int numberedList)
    {
        w.WriteStartElement("w", "p", W);
        w.WriteStartElement("w", "pPr", W);
        var style = block.Kind switch
        {
            TextBlockKind.Title => "Title",
            TextBlockKind.Heading => "Heading1",
            TextBlockKind.Subheading => "Heading2",
            TextBlockKind.Bullet or TextBlockKind.Numbered => "ListParagraph",
            TextBlockKind.Note => "Note",
            _ => null,
        };
        if (style is not null)
        {
            w.WriteStartElement("w", "pStyle", W);
            w.WriteAttributeString("w", "val", W, style);
            w.WriteEndElement();
        }

        if (block.Kind is TextBlockKind.Bullet or TextBlockKind.Numbered)
        {
            w.WriteStartElement("w", "numPr", W);
            w.WriteStartElement("w", "ilvl", W);
            w.WriteAttributeString("w", "val", W, "0");
            w.WriteEndElement();
            w.WriteStartElement("w", "numId", W);
            // numId 1 is the bullet list; every numbered list has its own numId so it starts again from 1.
            w.WriteAttributeString("w", "val", W, block.Kind == TextBlockKind.Bullet ? "1" : (numberedList + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        var bold = false;
        foreach (var part in Clean(block.Text).Split("**"))
        {
            if (part.Length > 0)
            {
                w.WriteStartElement("w", "r", W);
                if (bold)
                {
                    w.WriteRaw("<w:rPr><w:b/></w:rPr>");
                }

                w.WriteStartElement("w", "t", W);
                w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(part);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            bold = !bold;
        }

        w.WriteEndElement();
    }

    private static string Numbering(int numberedLists)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        xml.Append(CultureInfo.InvariantCulture, $"<w:numbering xmlns:w=\"{W}\">");
        xml.Append("<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>");
        xml.Append("<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>");
        xml.Append("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");
        for (var i = 1; i <= numberedLists; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<w:num w:numId=\"{i + 1}\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
        }

        xml.Append("</w:numbering>");
        return xml.ToString();
    }

    private const string Styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="it-IT" w:eastAsia="it-IT" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="0B4D8C"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="320" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="0B4D8C"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80"/><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Nota"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="0B4D8C"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="EEF3F8"/><w:ind w:left="284"/></w:pPr><w:rPr><w:i/></w:rPr></w:style></w:styles>
        """;

    private static void Part(ZipArchive zip, string name, string xml)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write(xml.Trim());
    }

    private static XmlWriter Writer(ZipArchive zip, string name) =>
        XmlWriter.Create(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true });

    /// <summary>Removes characters that XML 1.0 does not allow (control characters, lone surrogates).</summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
