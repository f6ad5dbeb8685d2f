using System.ComponentModel.DataAnnotations;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>
/// An event (/eventi/{slug}). Times are stored in UTC; editors type them as Europe/Rome wall-clock time. An all-day
/// event stores the Rome midnight of its first and of its last day.
/// </summary>
public sealed class EventDocument : IContentDocument
{
    [Required(ErrorMessage = "Il titolo è obbligatorio.")]
    [StringLength(160, MinimumLength = 2, ErrorMessage = "Il titolo deve avere tra 2 e 160 caratteri.")]
    public string Title { get; set; } = "";

    [StringLength(ContentSlug.MaxLength, ErrorMessage = "Lo slug è troppo lungo.")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Il sommario è obbligatorio: compare negli elenchi, nel calendario e nei feed.")]
    [StringLength(300, ErrorMessage = "Il sommario può avere al massimo 300 caratteri.")]
    public string? Summary { get; set; }

    [StringLength(36, ErrorMessage = "L'immagine scelta non è valida.")]
    public string? ImageId { get; set; }

    [StringLength(250, ErrorMessage = "Il testo alternativo può avere al massimo 250 caratteri.")]
    public string? ImageAlt { get; set; }

    [StringLength(100000, ErrorMessage = "Il testo è troppo lungo.")]
    public string? Body { get; set; }

    public DateTime? StartsAtUtc { get; set; }

    /// <summary>Optional: an event without an end is shown with its start only.</summary>
    public DateTime? EndsAtUtc { get; set; }

    public bool AllDay { get; set; }

    public EventVenue Venue { get; set; } = new();

    [StringLength(200, ErrorMessage = "L'organizzatore può avere al massimo 200 caratteri.")]
    public string? Organiser { get; set; }

    /// <summary>Slug of a published form; the page links "Iscriviti" to it with ?evento={slug}.</summary>
    [StringLength(ContentSlug.MaxLength)]
    public string? RegistrationFormSlug { get; set; }

    public List<string> Topics { get; set; } = [];
}
