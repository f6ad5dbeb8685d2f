using System.ComponentModel.DataAnnotations;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Services;

/// <summary>A service card ("scheda servizio"), field for field as in service-card.md, in the page's section order.</summary>
public sealed class ServiceCardDocument : IContentDocument, IValidatableObject
{
    [Display(Name = "Titolo")]
    [Required(ErrorMessage = "Il titolo è obbligatorio.")]
    [StringLength(160, MinimumLength = 3, ErrorMessage = "Il titolo deve avere tra 3 e 160 caratteri.")]
    public string Title { get; set; } = "";

    [Display(Name = "Indirizzo della pagina (slug)")]
    [StringLength(ContentSlug.MaxLength, ErrorMessage = "Lo slug è troppo lungo.")]
    public string Slug { get; set; } = "";

    [Display(Name = "Descrizione breve")]
    [Required(ErrorMessage = "La descrizione breve è obbligatoria.")]
    [StringLength(160, ErrorMessage = "La descrizione breve può avere al massimo 160 caratteri.")]
    public string ShortDescription { get; set; } = "";

    [Display(Name = "Stato del servizio")]
    public ServiceStatus Status { get; set; } = ServiceStatus.Active;

    [Display(Name = "Motivo dello stato")]
    [StringLength(300, ErrorMessage = "Il motivo può avere al massimo 300 caratteri.")]
    public string? StatusReason { get; set; }

    [Display(Name = "Categoria")]
    [Required(ErrorMessage = "Scegli la categoria del servizio.")]
    public string Category { get; set; } = "";

    [Display(Name = "Argomenti")]
    public List<string> Topics { get; set; } = [];

    [Display(Name = "Destinatari")]
    public List<string> TargetGroups { get; set; } = [];

    [Display(Name = "A chi è rivolto")]
    [StringLength(2000, ErrorMessage = "Il testo «A chi è rivolto» può avere al massimo 2000 caratteri.")]
    public string? TargetDescription { get; set; }

    [Display(Name = "Età minima")]
    [Range(0, 120, ErrorMessage = "L'età minima deve essere tra 0 e 120 anni.")]
    public int? MinimumAge { get; set; }

    [Display(Name = "Età massima")]
    [Range(0, 120, ErrorMessage = "L'età massima deve essere tra 0 e 120 anni.")]
    public int? MaximumAge { get; set; }

    [Display(Name = "Comuni serviti")]
    public List<string> Municipalities { get; set; } = [];

    [Display(Name = "Descrizione")]
    [Required(ErrorMessage = "La descrizione è obbligatoria.")]
    [StringLength(20000, ErrorMessage = "La descrizione è troppo lunga (massimo 20000 caratteri).")]
    public string Description { get; set; } = "";

    [Display(Name = "Come fare")]
    [StringLength(10000, ErrorMessage = "Il testo «Come fare» è troppo lungo.")]
    public string? HowToApply { get; set; }

    public List<RequiredDocument> RequiredDocuments { get; set; } = [];

    [Display(Name = "Cosa si ottiene")]
    [StringLength(10000, ErrorMessage = "Il testo «Cosa si ottiene» è troppo lungo.")]
    public string? WhatYouGet { get; set; }

    public List<Deadline> Deadlines { get; set; } = [];

    [Display(Name = "Quanto costa")]
    [StringLength(5000, ErrorMessage = "Il testo «Quanto costa» è troppo lungo.")]
    public string? CostDescription { get; set; }

    public List<CostOption> CostOptions { get; set; } = [];

    [Display(Name = "Servizio online")]
    [Url(ErrorMessage = "L'indirizzo del servizio online non è un indirizzo web valido.")]
    [StringLength(500)]
    public string? OnlineUrl { get; set; }

    [Display(Name = "Richiesta tramite la piattaforma")]
    public bool RequestThroughPlatform { get; set; } = true;

    [Display(Name = "Ente erogatore")]
    public Guid? OrganisationId { get; set; }

    public List<Venue> Venues { get; set; } = [];

    public List<ServiceContact> Contacts { get; set; } = [];

    [Display(Name = "Condizioni di servizio")]
    [StringLength(10000, ErrorMessage = "Il testo «Condizioni di servizio» è troppo lungo.")]
    public string? Conditions { get; set; }

    public List<CardAttachment> Attachments { get; set; } = [];

    [Display(Name = "Ulteriori informazioni")]
    [StringLength(10000, ErrorMessage = "Il testo «Ulteriori informazioni» è troppo lungo.")]
    public string? MoreInformation { get; set; }

    [Display(Name = "Lingue")]
    public List<string> Languages { get; set; } = [];

    [Display(Name = "Finanziamento")]
    [StringLength(300, ErrorMessage = "Il finanziamento può avere al massimo 300 caratteri.")]
    public string? Funding { get; set; }

    [Display(Name = "Programma o progetto")]
    [StringLength(300, ErrorMessage = "Il programma può avere al massimo 300 caratteri.")]
    public string? Programme { get; set; }

    public List<CardImage> Images { get; set; } = [];

    [Display(Name = "Verificato il")]
    public DateOnly? LastVerifiedOn { get; set; }

    /// <summary>Demo content is marked so that nobody mistakes it for a real service.</summary>
    [Display(Name = "Contenuto dimostrativo")]
    public bool IsDemo { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinimumAge is { } min && MaximumAge is { } max && max < min)
        {
            yield return new ValidationResult("L'età massima non può essere minore dell'età minima.", [nameof(MaximumAge)]);
        }

        for (var v = 0; v < Venues.Count; v++)
        {
            var venue = Venues[v];
            if (venue.Latitude.HasValue != venue.Longitude.HasValue)
            {
                yield return new ValidationResult($"Sede «{venue.Name}»: indica sia la latitudine sia la longitudine, oppure nessuna delle due.", [$"{nameof(Venues)}[{v}].{nameof(Venue.Latitude)}"]);
            }

            foreach (var error in HoursErrors(venue.Hours, $"{nameof(Venues)}[{v}].{nameof(Venue.Hours)}", venue.Name))
            {
                yield return error;
            }
        }

        for (var c = 0; c < CostOptions.Count; c++)
        {
            if (CostOptions[c].ValidFrom is { } from && CostOptions[c].ValidTo is { } to && to < from)
            {
                yield return new ValidationResult($"Costo «{CostOptions[c].Label}»: la fine della validità viene prima dell'inizio.", [$"{nameof(CostOptions)}[{c}].{nameof(CostOption.ValidTo)}"]);
            }
        }

        for (var c = 0; c < Contacts.Count; c++)
        {
            var contact = Contacts[c];
            if (string.IsNullOrWhiteSpace(contact.Email) && string.IsNullOrWhiteSpace(contact.Phone) && string.IsNullOrWhiteSpace(contact.Office))
            {
                yield return new ValidationResult("Ogni contatto deve avere almeno un'email, un telefono o un ufficio.", [$"{nameof(Contacts)}[{c}].{nameof(ServiceContact.Email)}"]);
            }
        }
    }

    private static IEnumerable<ValidationResult> HoursErrors(OpeningHours hours, string prefix, string venueName)
    {
        if (hours.ValidFrom is { } from && hours.ValidTo is { } to && to < from)
        {
            yield return new ValidationResult($"Sede «{venueName}»: la fine della validità degli orari viene prima dell'inizio.", [$"{prefix}.{nameof(OpeningHours.ValidTo)}"]);
        }

        for (var s = 0; s < hours.Slots.Count; s++)
        {
            if (hours.Slots[s].Closes <= hours.Slots[s].Opens)
            {
                yield return new ValidationResult($"Sede «{venueName}»: l'orario di chiusura deve venire dopo quello di apertura.", [$"{prefix}.{nameof(OpeningHours.Slots)}[{s}].{nameof(WeeklySlot.Closes)}"]);
            }
        }

        for (var e = 0; e < hours.Exceptions.Count; e++)
        {
            var exception = hours.Exceptions[e];
            if (!exception.Closed && (exception.Opens is null || exception.Closes is null || exception.Closes <= exception.Opens))
            {
                yield return new ValidationResult($"Sede «{venueName}»: per il giorno {exception.Date:dd/MM/yyyy} indica apertura e chiusura (la chiusura dopo l'apertura) oppure segna «Chiuso tutto il giorno».", [$"{prefix}.{nameof(OpeningHours.Exceptions)}[{e}].{nameof(HoursException.Closes)}"]);
            }
        }
    }
}
