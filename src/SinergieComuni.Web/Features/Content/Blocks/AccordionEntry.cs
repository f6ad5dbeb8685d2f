using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>One question of an accordion and its formatted answer.</summary>
public sealed class AccordionEntry
{
    [Required(ErrorMessage = "Scrivi la domanda.")]
    [StringLength(300, ErrorMessage = "La domanda può avere al massimo 300 caratteri.")]
    public string? Question { get; set; }

    [Required(ErrorMessage = "Scrivi la risposta.")]
    [StringLength(RichTextSanitizer.MaxLength, ErrorMessage = "La risposta è troppo lunga.")]
    public string Answer { get; set; } = "";
}
