using System.ComponentModel.DataAnnotations;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Services;

/// <summary>An organisation that provides services (HSDS organization + organization_identifier).</summary>
public sealed class OrganisationDocument : IContentDocument
{
    [Display(Name = "Nome")]
    [Required(ErrorMessage = "Il nome dell'organizzazione è obbligatorio.")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "Il nome deve avere tra 2 e 200 caratteri.")]
    public string Title { get; set; } = "";

    [Display(Name = "Indirizzo della pagina (slug)")]
    [StringLength(ContentSlug.MaxLength, ErrorMessage = "Lo slug è troppo lungo.")]
    public string Slug { get; set; } = "";

    [Display(Name = "Tipo di organizzazione")]
    public OrganisationKind Kind { get; set; } = OrganisationKind.Other;

    [Display(Name = "Descrizione")]
    [StringLength(10000, ErrorMessage = "La descrizione è troppo lunga.")]
    public string? Description { get; set; }

    [Display(Name = "Codice fiscale")]
    [RegularExpression(@"^([0-9]{11}|[A-Za-z]{6}[0-9]{2}[A-Za-z][0-9]{2}[A-Za-z][0-9]{3}[A-Za-z])$", ErrorMessage = "Il codice fiscale deve avere 11 cifre (enti e imprese) o 16 caratteri (persone).")]
    public string? TaxCode { get; set; }

    [Display(Name = "Partita IVA")]
    [RegularExpression(@"^[0-9]{11}$", ErrorMessage = "La partita IVA è formata da 11 cifre.")]
    public string? VatNumber { get; set; }

    [Display(Name = "Codice IPA")]
    [RegularExpression(@"^[A-Za-z0-9_]{2,20}$", ErrorMessage = "Il codice IPA contiene solo lettere, cifre e _ (da 2 a 20 caratteri).")]
    public string? IpaCode { get; set; }

    [Display(Name = "Sito web")]
    [Url(ErrorMessage = "Il sito web non è un indirizzo valido.")]
    [StringLength(500)]
    public string? Website { get; set; }

    [Display(Name = "Email")]
    [EmailAddress(ErrorMessage = "L'email non è valida.")]
    [StringLength(256)]
    public string? Email { get; set; }

    [Display(Name = "Telefono")]
    [RegularExpression(@"^\+?[0-9 ./-]{6,20}$", ErrorMessage = "Il telefono può contenere solo cifre, spazi e i segni + . / - (da 6 a 20 caratteri).")]
    public string? Phone { get; set; }

    [Display(Name = "Indirizzo della sede legale")]
    [StringLength(300, ErrorMessage = "L'indirizzo può avere al massimo 300 caratteri.")]
    public string? Address { get; set; }

    [Display(Name = "Comune")]
    public string? Municipality { get; set; }

    [Display(Name = "Membro della rete")]
    public bool NetworkMember { get; set; }

    [Display(Name = "Contenuto dimostrativo")]
    public bool IsDemo { get; set; }
}
