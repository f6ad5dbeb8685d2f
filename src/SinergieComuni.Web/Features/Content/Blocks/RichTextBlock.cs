using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>Formatted text: paragraphs, headings, lists, links, tables (a safe subset of HTML).</summary>
public sealed class RichTextBlock : PageBlock
{
    public override string Kind => PageBlockKinds.RichText;

    [Required(ErrorMessage = "Scrivi il testo del blocco.")]
    [StringLength(RichTextSanitizer.MaxLength, ErrorMessage = "Il testo è troppo lungo.")]
    public string Html { get; set; } = "";

    public override void Sanitise(RichTextSanitizer sanitizer) => Html = sanitizer.Sanitise(Html);
}
