using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>A short invitation with one button.</summary>
public sealed class CallToActionBlock : PageBlock, IValidatableObject
{
    public override string Kind => PageBlockKinds.CallToAction;

    [StringLength(160, ErrorMessage = "Il titolo può avere al massimo 160 caratteri.")]
    public string? Title { get; set; }

    [StringLength(500, ErrorMessage = "Il testo può avere al massimo 500 caratteri.")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "Scrivi il testo del pulsante.")]
    [StringLength(80, ErrorMessage = "Il testo del pulsante può avere al massimo 80 caratteri.")]
    public string? Label { get; set; }

    [Required(ErrorMessage = "Scrivi l'indirizzo a cui porta il pulsante.")]
    [StringLength(1000, ErrorMessage = "L'indirizzo è troppo lungo.")]
    public string? Url { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Url) && !SafeLink.IsAllowed(Url))
        {
            yield return new ValidationResult(SafeLink.Message, [nameof(Url)]);
        }
    }
}
