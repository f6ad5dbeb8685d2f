using System.ComponentModel.DataAnnotations;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Documents;

/// <summary>
/// A document of the library (/documenti/{slug}): what it is, who issued it, and the file of this version. A new
/// version replaces the file and keeps the address; the download address streams the published version's file.
/// </summary>
public sealed class LibraryDocument : IContentDocument
{
    [Display(Name = "Titolo")]
    [Required(ErrorMessage = "Il titolo è obbligatorio.")]
    [StringLength(160, MinimumLength = 3, ErrorMessage = "Il titolo deve avere tra 3 e 160 caratteri.")]
    public string Title { get; set; } = "";

    [Display(Name = "Indirizzo della pagina (slug)")]
    [StringLength(ContentSlug.MaxLength, ErrorMessage = "Lo slug è troppo lungo.")]
    public string Slug { get; set; } = "";

    [Display(Name = "Sommario")]
    [StringLength(400, ErrorMessage = "Il sommario può avere al massimo 400 caratteri.")]
    public string? Summary { get; set; }

    /// <summary>The media library item (its stored file id) shown with the document; optional.</summary>
    public string? ImageId { get; set; }

    [Display(Name = "Testo alternativo dell'immagine")]
    [StringLength(250, ErrorMessage = "Il testo alternativo può avere al massimo 250 caratteri.")]
    public string? ImageAlt { get; set; }

    /// <summary>A key of <see cref="LibraryVocabulary.DocumentTypes"/>.</summary>
    [Display(Name = "Tipo di documento")]
    [Required(ErrorMessage = "Scegli il tipo di documento.")]
    public string DocumentType { get; set; } = "";

    /// <summary>A key of <see cref="LibraryVocabulary.Topics"/>.</summary>
    [Display(Name = "Tema")]
    [Required(ErrorMessage = "Scegli il tema del documento.")]
    public string Topic { get; set; } = "";

    /// <summary>The organisation that issued the document (an organisation item); optional.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The date on the document (Europe/Rome calendar day).</summary>
    [Display(Name = "Data del documento")]
    [Required(ErrorMessage = "Indica la data del documento.")]
    public DateOnly? DocumentDate { get; set; }

    [Display(Name = "Versione")]
    [Required(ErrorMessage = "Indica la versione del documento (per esempio «1.0»).")]
    [RegularExpression(@"^[0-9A-Za-z][0-9A-Za-z.\-]{0,19}$", ErrorMessage = "La versione può contenere lettere, cifre, punti e trattini (per esempio «1.2»), al massimo 20 caratteri.")]
    public string VersionLabel { get; set; } = "1.0";

    /// <summary>The stored file (PDF, DOCX, XLSX, ODT or ODS) of this version.</summary>
    /// <remarks>Required, checked by <see cref="LibraryDocumentRules"/> so that the editor can upload the file in the same post.</remarks>
    public string? FileId { get; set; }

    /// <summary>A model to adapt: shown with the "Modello" badge and the "Fac-simile da adattare" note.</summary>
    public bool IsTemplate { get; set; }

    [Display(Name = "Contenuto dimostrativo")]
    public bool IsDemo { get; set; }
}
