using System.ComponentModel.DataAnnotations;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>A form or questionnaire: versioned, published and binned like any content, served at /moduli/{slug}.</summary>
public sealed class FormDocument : IContentDocument
{
    [Display(Name = "Titolo")]
    [Required(ErrorMessage = "Il titolo è obbligatorio.")]
    [StringLength(160, MinimumLength = 2, ErrorMessage = "Il titolo deve avere tra 2 e 160 caratteri.")]
    public string Title { get; set; } = "";

    [Display(Name = "Indirizzo del modulo (slug)")]
    [StringLength(ContentSlug.MaxLength, ErrorMessage = "Lo slug è troppo lungo.")]
    public string Slug { get; set; } = "";

    [Display(Name = "Introduzione")]
    [StringLength(2000, ErrorMessage = "L'introduzione può avere al massimo 2000 caratteri.")]
    public string? Intro { get; set; }

    public List<FormPage> Pages { get; set; } = [];

    public FormSettings Settings { get; set; } = new();

    /// <summary>Every field in the order a visitor meets them.</summary>
    public IEnumerable<FormField> AllFields() => Pages.SelectMany(p => p.Groups).SelectMany(g => g.Fields);

    public FormField? Field(string key) => AllFields().FirstOrDefault(f => f.Key == key);
}
