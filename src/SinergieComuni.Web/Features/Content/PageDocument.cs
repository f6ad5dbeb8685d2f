using System.ComponentModel.DataAnnotations;
using SinergieComuni.Web.Features.Content.Blocks;

namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// A free page (Chi siamo, Privacy…): an ordered list of blocks, under an optional parent page whose slugs make its
/// address. <see cref="Body"/> is the HTML of pages written before blocks; it is shown before the blocks, and the
/// editor turns it into a first rich-text block.
/// </summary>
public sealed class PageDocument : IContentDocument, IValidatableObject
{
    public const int MaxBlocks = 60;

    [Display(Name = "Titolo")]
    [Required(ErrorMessage = "Il titolo è obbligatorio.")]
    [StringLength(160, MinimumLength = 2, ErrorMessage = "Il titolo deve avere tra 2 e 160 caratteri.")]
    public string Title { get; set; } = "";

    [Display(Name = "Indirizzo della pagina (slug)")]
    [StringLength(ContentSlug.MaxLength, ErrorMessage = "Lo slug è troppo lungo.")]
    public string Slug { get; set; } = "";

    [Display(Name = "Sommario")]
    [StringLength(300, ErrorMessage = "Il sommario può avere al massimo 300 caratteri.")]
    public string? Summary { get; set; }

    /// <summary>Share image (StoredFile/MediaItem id), optional.</summary>
    public string? ImageId { get; set; }

    [Display(Name = "Testo")]
    [StringLength(RichTextSanitizer.MaxLength, ErrorMessage = "Il testo è troppo lungo.")]
    public string? Body { get; set; }

    /// <summary>The parent page's item id; null for a page at the top of the tree.</summary>
    public Guid? ParentId { get; set; }

    public List<PageBlock> Blocks { get; set; } = [];

    [Display(Name = "Ordine")]
    [Range(0, 10000, ErrorMessage = "L'ordine deve essere un numero tra 0 e 10000.")]
    public int SortOrder { get; set; }

    /// <summary>Makes every rich text safe and drops the editor's empty rows.</summary>
    public void Clean(RichTextSanitizer sanitizer)
    {
        Body = string.IsNullOrWhiteSpace(Body) ? null : sanitizer.Sanitise(Body);
        foreach (var block in Blocks)
        {
            block.Tidy();
            block.Sanitise(sanitizer);
        }
    }

    /// <summary>Moves the HTML of a page written before blocks into a first rich-text block (for the editor).</summary>
    public void MoveBodyIntoBlocks()
    {
        if (!string.IsNullOrWhiteSpace(Body))
        {
            Blocks.Insert(0, new RichTextBlock { Html = Body });
        }

        Body = null;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Blocks.Count > MaxBlocks)
        {
            yield return new ValidationResult($"Una pagina può avere al massimo {MaxBlocks} blocchi.", [nameof(Blocks)]);
        }
    }
}
