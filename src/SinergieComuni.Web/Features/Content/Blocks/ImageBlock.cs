using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>An image of the media library, with its own alternative text (or the library's) and a caption.</summary>
public sealed class ImageBlock : PageBlock
{
    public override string Kind => PageBlockKinds.Image;

    /// <summary>The MediaItem (and StoredFile) id.</summary>
    [Required(ErrorMessage = "Scegli un'immagine della libreria.")]
    public string? ImageId { get; set; }

    /// <summary>Alternative text for this page; empty takes the library's.</summary>
    [StringLength(250, ErrorMessage = "Il testo alternativo può avere al massimo 250 caratteri.")]
    public string? Alt { get; set; }

    [StringLength(300, ErrorMessage = "La didascalia può avere al massimo 300 caratteri.")]
    public string? Caption { get; set; }
}
