using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>Questions and answers that open one at a time (FAQ).</summary>
public sealed class AccordionBlock : PageBlock, IValidatableObject
{
    public const int MaxEntries = 40;

    public override string Kind => PageBlockKinds.Accordion;

    [StringLength(160, ErrorMessage = "Il titolo può avere al massimo 160 caratteri.")]
    public string? Title { get; set; }

    public List<AccordionEntry> Entries { get; set; } = [];

    public override void Sanitise(RichTextSanitizer sanitizer)
    {
        foreach (var entry in Entries)
        {
            entry.Answer = sanitizer.Sanitise(entry.Answer);
        }
    }

    public override void Tidy() => Entries.RemoveAll(e => string.IsNullOrWhiteSpace(e.Question) && string.IsNullOrWhiteSpace(e.Answer));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Entries.Count == 0)
        {
            yield return new ValidationResult("Scrivi almeno una domanda con la sua risposta.", [nameof(Entries)]);
        }
        else if (Entries.Count > MaxEntries)
        {
            yield return new ValidationResult($"Al massimo {MaxEntries} domande per blocco.", [nameof(Entries)]);
        }
    }
}
