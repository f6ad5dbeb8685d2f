using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>A published form, shown as a card that leads to /moduli/{slug}.</summary>
public sealed class FormBlock : PageBlock
{
    public override string Kind => PageBlockKinds.Form;

    [Required(ErrorMessage = "Scegli il modulo da mostrare.")]
    [StringLength(ContentSlug.MaxLength, ErrorMessage = "L'indirizzo del modulo è troppo lungo.")]
    public string? FormSlug { get; set; }

    /// <summary>Replaces the form's own title on the card.</summary>
    [StringLength(160, ErrorMessage = "Il titolo può avere al massimo 160 caratteri.")]
    public string? Title { get; set; }

    /// <summary>Replaces the form's introduction on the card.</summary>
    [StringLength(500, ErrorMessage = "Il testo può avere al massimo 500 caratteri.")]
    public string? Text { get; set; }
}
