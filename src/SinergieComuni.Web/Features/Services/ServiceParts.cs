using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Services;

/// <summary>A document the applicant must bring (HSDS required_document).</summary>
public sealed class RequiredDocument
{
    [Display(Name = "Documento")]
    [Required(ErrorMessage = "Descrivi il documento richiesto.")]
    [StringLength(300, ErrorMessage = "La descrizione del documento può avere al massimo 300 caratteri.")]
    public string Text { get; set; } = "";

    [Display(Name = "Link al modulo")]
    [Url(ErrorMessage = "Il link al documento non è un indirizzo web valido.")]
    [StringLength(500)]
    public string? Url { get; set; }
}

/// <summary>A date that matters (enrolment opens, closes…).</summary>
public sealed class Deadline
{
    [Display(Name = "Data")]
    public DateOnly Date { get; set; }

    [Display(Name = "Descrizione")]
    [Required(ErrorMessage = "Descrivi la scadenza.")]
    [StringLength(200, ErrorMessage = "La descrizione della scadenza può avere al massimo 200 caratteri.")]
    public string Label { get; set; } = "";
}

/// <summary>One way the service is paid for (HSDS cost_option).</summary>
public sealed class CostOption
{
    [Display(Name = "Tipo di costo")]
    public CostKind Kind { get; set; }

    [Display(Name = "Voce")]
    [Required(ErrorMessage = "Indica la voce di costo (per esempio «Retta mensile»).")]
    [StringLength(200, ErrorMessage = "La voce di costo può avere al massimo 200 caratteri.")]
    public string Label { get; set; } = "";

    [Display(Name = "Importo in euro")]
    [Range(0, 1_000_000, ErrorMessage = "L'importo deve essere tra 0 e 1.000.000 euro.")]
    public decimal? Amount { get; set; }

    [Display(Name = "Note")]
    [StringLength(500, ErrorMessage = "Le note sul costo possono avere al massimo 500 caratteri.")]
    public string? Note { get; set; }

    [Display(Name = "Valido dal")]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Valido fino al")]
    public DateOnly? ValidTo { get; set; }
}

/// <summary>A person or office to contact (HSDS contact + phone).</summary>
public sealed class ServiceContact
{
    [Display(Name = "Nome")]
    [StringLength(150, ErrorMessage = "Il nome del contatto può avere al massimo 150 caratteri.")]
    public string? Name { get; set; }

    [Display(Name = "Ruolo")]
    [StringLength(150, ErrorMessage = "Il ruolo può avere al massimo 150 caratteri.")]
    public string? Role { get; set; }

    [Display(Name = "Ufficio")]
    [StringLength(200, ErrorMessage = "L'ufficio può avere al massimo 200 caratteri.")]
    public string? Office { get; set; }

    [Display(Name = "Email")]
    [EmailAddress(ErrorMessage = "L'email del contatto non è valida.")]
    [StringLength(256)]
    public string? Email { get; set; }

    [Display(Name = "Telefono")]
    [RegularExpression(@"^\+?[0-9 ./-]{6,20}$", ErrorMessage = "Il telefono può contenere solo cifre, spazi e i segni + . / - (da 6 a 20 caratteri).")]
    public string? Phone { get; set; }
}

/// <summary>Where the service is delivered (HSDS location + address + accessibility), with its own hours.</summary>
public sealed class Venue
{
    [Display(Name = "Nome della sede")]
    [Required(ErrorMessage = "Indica il nome della sede.")]
    [StringLength(200, ErrorMessage = "Il nome della sede può avere al massimo 200 caratteri.")]
    public string Name { get; set; } = "";

    [Display(Name = "Indirizzo")]
    [Required(ErrorMessage = "Indica l'indirizzo della sede.")]
    [StringLength(200, ErrorMessage = "L'indirizzo può avere al massimo 200 caratteri.")]
    public string Address { get; set; } = "";

    [Display(Name = "CAP")]
    [RegularExpression(@"^[0-9]{5}$", ErrorMessage = "Il CAP è formato da 5 cifre.")]
    public string? PostalCode { get; set; }

    /// <summary>Slug of the municipality (one of the district's, or empty for elsewhere).</summary>
    [Display(Name = "Comune")]
    [Required(ErrorMessage = "Scegli il comune della sede.")]
    public string Municipality { get; set; } = "";

    [Display(Name = "Provincia")]
    [StringLength(2, MinimumLength = 2, ErrorMessage = "La provincia è la sigla di due lettere (per esempio MI).")]
    public string Province { get; set; } = "MI";

    [Display(Name = "Latitudine")]
    [Range(-90.0, 90.0, ErrorMessage = "La latitudine deve essere tra -90 e 90.")]
    public double? Latitude { get; set; }

    [Display(Name = "Longitudine")]
    [Range(-180.0, 180.0, ErrorMessage = "La longitudine deve essere tra -180 e 180.")]
    public double? Longitude { get; set; }

    [Display(Name = "Zoom della mappa")]
    [Range(1, 19, ErrorMessage = "Lo zoom deve essere tra 1 e 19.")]
    public int Zoom { get; set; } = 16;

    [Display(Name = "Accessibilità")]
    [StringLength(500, ErrorMessage = "Le note sull'accessibilità possono avere al massimo 500 caratteri.")]
    public string? AccessibilityNotes { get; set; }

    public OpeningHours Hours { get; set; } = new();
}

/// <summary>An image shown on the card; the file comes from the basic upload (the media library will grow it).</summary>
public sealed class CardImage
{
    public string FileId { get; set; } = "";

    [Display(Name = "Testo alternativo")]
    [Required(ErrorMessage = "Ogni immagine deve avere un testo alternativo che la descriva.")]
    [StringLength(250, ErrorMessage = "Il testo alternativo può avere al massimo 250 caratteri.")]
    public string Alt { get; set; } = "";
}

/// <summary>A downloadable file attached to the card (conditions of service, forms).</summary>
public sealed class CardAttachment
{
    public string FileId { get; set; } = "";

    [Display(Name = "Titolo dell'allegato")]
    [Required(ErrorMessage = "Dai un titolo all'allegato.")]
    [StringLength(200, ErrorMessage = "Il titolo dell'allegato può avere al massimo 200 caratteri.")]
    public string Title { get; set; } = "";
}
