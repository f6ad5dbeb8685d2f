using System.ComponentModel.DataAnnotations;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>A news item of the network (/notizie/{slug}).</summary>
public sealed class NewsDocument : IContentDocument
{
    [Display(Name = "Titolo")]
    [Required(ErrorMessage = "Il titolo è obbligatorio.")]
    [StringLength(160, MinimumLength = 2, ErrorMessage = "Il titolo deve avere tra 2 e 160 caratteri.")]
    public string Title { get; set; } = "";

    [StringLength(ContentSlug.MaxLength, ErrorMessage = "Lo slug è troppo lungo.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Il sommario è obbligatorio: compare negli elenchi e nei feed.")]
    [StringLength(300, ErrorMessage = "Il sommario può avere al massimo 300 caratteri.")]
    public string? Summary { get; set; }

    /// <summary>Media library item (stored file id) shown on the card and the article.</summary>
    [StringLength(36, ErrorMessage = "L'immagine scelta non è valida.")]
    public string? ImageId { get; set; }

    /// <summary>Alternative text for this item only; empty takes the library's.</summary>
    [StringLength(250, ErrorMessage = "Il testo alternativo può avere al massimo 250 caratteri.")]
    public string? ImageAlt { get; set; }

    /// <summary>HTML, sanitised on render by the rich-text sanitiser.</summary>
    [StringLength(100000, ErrorMessage = "Il testo è troppo lungo.")]
    public string? Body { get; set; }

    /// <summary>Keys of <see cref="EditorialTopics"/>.</summary>
    public List<string> Topics { get; set; } = [];

    [StringLength(200, ErrorMessage = "L'autore o l'organizzazione può avere al massimo 200 caratteri.")]
    public string? Author { get; set; }

    /// <summary>"Data della notizia" shown and used for ordering; empty uses the first publication.</summary>
    public DateOnly? NewsDate { get; set; }
}
