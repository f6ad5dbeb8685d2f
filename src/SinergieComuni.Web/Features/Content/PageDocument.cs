using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content;

/// <summary>A free page (Chi siamo, Privacy…): the editorial issue turns its body into blocks.</summary>
public sealed class PageDocument : IContentDocument
{
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

    [Display(Name = "Testo")]
    [StringLength(100000, ErrorMessage = "Il testo è troppo lungo.")]
    public string? Body { get; set; }

    [Display(Name = "Ordine")]
    [Range(0, 10000, ErrorMessage = "L'ordine deve essere un numero tra 0 e 10000.")]
    public int SortOrder { get; set; }
}
