using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>An image beside a title and formatted text; as a hero it spans the page at the top.</summary>
public sealed class ImageTextBlock : PageBlock
{
    public override string Kind => PageBlockKinds.ImageText;

    [Required(ErrorMessage = "Scegli un'immagine della libreria.")]
    public string? ImageId { get; set; }

    [StringLength(250, ErrorMessage = "Il testo alternativo può avere al massimo 250 caratteri.")]
    public string? Alt { get; set; }

    [StringLength(160, ErrorMessage = "Il titolo può avere al massimo 160 caratteri.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Scrivi il testo accanto all'immagine.")]
    [StringLength(RichTextSanitizer.MaxLength, ErrorMessage = "Il testo è troppo lungo.")]
    public string Html { get; set; } = "";

    /// <summary>Image on the right instead of the left.</summary>
    public bool ImageRight { get; set; }

    /// <summary>Large, at the top of the page, image loaded at once.</summary>
    public bool Hero { get; set; }

    public override void Sanitise(RichTextSanitizer sanitizer) => Html = sanitizer.Sanitise(Html);
}
