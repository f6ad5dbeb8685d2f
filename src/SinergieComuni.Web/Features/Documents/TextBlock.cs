namespace SinergieComuni.Web.Features.Documents;

public enum TextBlockKind
{
    Title,
    Heading,
    Subheading,
    Paragraph,
    Bullet,
    Numbered,
    Note,
}

/// <summary>One block of a generated document. <c>**bold**</c> inside the text is written in bold.</summary>
public sealed record TextBlock(TextBlockKind Kind, string Text);
