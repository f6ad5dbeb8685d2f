namespace SinergieComuni.Web.Features.Documents;

/// <summary>
/// Reads the plain-text sources of the demo documents (sync/content/documents/*.md): "# " title, "## " heading,
/// "### " subheading, "- " bullet, "1. " numbered item, "&gt; " note; other lines are paragraphs, a blank line ends one.
/// </summary>
public static class TextSource
{
    public static IReadOnlyList<TextBlock> Parse(string text)
    {
        var blocks = new List<TextBlock>();
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new TextBlock(TextBlockKind.Paragraph, string.Join(' ', paragraph)));
                paragraph.Clear();
            }
        }

        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            var block = line switch
            {
                "" => null,
                _ when line.StartsWith("### ", StringComparison.Ordinal) => new TextBlock(TextBlockKind.Subheading, line[4..].Trim()),
                _ when line.StartsWith("## ", StringComparison.Ordinal) => new TextBlock(TextBlockKind.Heading, line[3..].Trim()),
                _ when line.StartsWith("# ", StringComparison.Ordinal) => new TextBlock(TextBlockKind.Title, line[2..].Trim()),
                _ when line.StartsWith("- ", StringComparison.Ordinal) => new TextBlock(TextBlockKind.Bullet, line[2..].Trim()),
                _ when line.StartsWith("> ", StringComparison.Ordinal) => new TextBlock(TextBlockKind.Note, line[2..].Trim()),
                _ when NumberedItem(line) is { } item => new TextBlock(TextBlockKind.Numbered, item),
                _ => null,
            };
            if (line.Length == 0 || block is not null)
            {
                Flush();
                if (block is not null)
                {
                    blocks.Add(block);
                }
            }
            else
            {
                paragraph.Add(line);
            }
        }

        Flush();
        return blocks;
    }

    private static string? NumberedItem(string line)
    {
        var dot = line.IndexOf(". ", StringComparison.Ordinal);
        return dot is > 0 and <= 3 && line[..dot].All(char.IsAsciiDigit) ? line[(dot + 2)..].Trim() : null;
    }
}
