using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>A highlighted box (bootstrap-italia callout): a note, a warning or something important.</summary>
public sealed class CalloutBlock : PageBlock
{
    public override string Kind => PageBlockKinds.Callout;

    public CalloutTone Tone { get; set; } = CalloutTone.Note;

    [StringLength(160, ErrorMessage = "Il titolo può avere al massimo 160 caratteri.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Scrivi il testo del riquadro.")]
    [StringLength(RichTextSanitizer.MaxLength, ErrorMessage = "Il testo è troppo lungo.")]
    public string Html { get; set; } = "";

    public override void Sanitise(RichTextSanitizer sanitizer) => Html = sanitizer.Sanitise(Html);
}
