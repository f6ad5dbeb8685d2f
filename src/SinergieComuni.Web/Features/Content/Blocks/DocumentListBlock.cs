using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>Links to documents of the library (/documenti/{slug}): chosen ones, or all of a topic or document type.</summary>
public sealed class DocumentListBlock : PageBlock, IValidatableObject
{
    public override string Kind => PageBlockKinds.DocumentList;

    [StringLength(160, ErrorMessage = "Il titolo può avere al massimo 160 caratteri.")]
    public string? Title { get; set; }

    public ItemSelection Selection { get; set; } = ItemSelection.Query;

    public List<Guid> ItemIds { get; set; } = [];

    [StringLength(100, ErrorMessage = "L'argomento è troppo lungo.")]
    public string? Topic { get; set; }

    /// <summary>The document's type as the document library names it (for example "modello").</summary>
    [StringLength(100, ErrorMessage = "Il tipo di documento è troppo lungo.")]
    public string? DocumentType { get; set; }

    [Range(1, 50, ErrorMessage = "Il numero di documenti deve essere tra 1 e 50.")]
    public int MaxItems { get; set; } = 10;

    public override void Tidy() => ItemIds = [.. ItemIds.Where(i => i != Guid.Empty).Distinct()];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Selection == ItemSelection.Chosen && ItemIds.Count == 0)
        {
            yield return new ValidationResult("Scegli almeno un documento, oppure elenca quelli di un argomento o di un tipo.", [nameof(ItemIds)]);
        }

        if (ItemIds.Count > 50)
        {
            yield return new ValidationResult("Si possono scegliere al massimo 50 documenti.", [nameof(ItemIds)]);
        }
    }
}
