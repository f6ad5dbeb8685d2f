using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>Cards of services, news, events or pages: chosen ones, or the newest of a type with an optional topic or category.</summary>
public sealed class CardGridBlock : PageBlock, IValidatableObject
{
    public const int MaxChosen = 24;

    /// <summary>The content types a grid can show.</summary>
    public static IReadOnlyList<string> ContentTypesShown { get; } = [ContentTypes.Service, ContentTypes.News, ContentTypes.Event, ContentTypes.Page];

    public override string Kind => PageBlockKinds.CardGrid;

    [StringLength(160, ErrorMessage = "Il titolo può avere al massimo 160 caratteri.")]
    public string? Title { get; set; }

    public string ContentType { get; set; } = ContentTypes.Service;

    public ItemSelection Selection { get; set; } = ItemSelection.Query;

    /// <summary>The chosen items, in order (when <see cref="Selection"/> is Chosen).</summary>
    public List<Guid> ItemIds { get; set; } = [];

    /// <summary>Taxonomy key of a topic the items must have (query only).</summary>
    [StringLength(100, ErrorMessage = "L'argomento è troppo lungo.")]
    public string? Topic { get; set; }

    /// <summary>Taxonomy key of a category (query only; services).</summary>
    [StringLength(100, ErrorMessage = "La categoria è troppo lunga.")]
    public string? Category { get; set; }

    [Range(1, 12, ErrorMessage = "Il numero di schede deve essere tra 1 e 12.")]
    public int MaxItems { get; set; } = 3;

    public override void Tidy() => ItemIds = [.. ItemIds.Where(i => i != Guid.Empty).Distinct()];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!ContentTypesShown.Contains(ContentType))
        {
            yield return new ValidationResult("Scegli che cosa mostrare nella griglia.", [nameof(ContentType)]);
        }

        if (Selection == ItemSelection.Chosen && ItemIds.Count == 0)
        {
            yield return new ValidationResult("Scegli almeno un contenuto da mostrare, oppure mostra i più recenti.", [nameof(ItemIds)]);
        }

        if (ItemIds.Count > MaxChosen)
        {
            yield return new ValidationResult($"Si possono scegliere al massimo {MaxChosen} contenuti.", [nameof(ItemIds)]);
        }
    }
}
