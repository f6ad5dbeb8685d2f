using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>A small map with the venues of chosen services, and the same services listed under it.</summary>
public sealed class ServiceMapBlock : PageBlock, IValidatableObject
{
    public override string Kind => PageBlockKinds.ServiceMap;

    [StringLength(160, ErrorMessage = "Il titolo può avere al massimo 160 caratteri.")]
    public string? Title { get; set; }

    public List<Guid> ServiceIds { get; set; } = [];

    public override void Tidy() => ServiceIds = [.. ServiceIds.Where(i => i != Guid.Empty).Distinct()];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ServiceIds.Count == 0)
        {
            yield return new ValidationResult("Scegli almeno un servizio da mostrare sulla mappa.", [nameof(ServiceIds)]);
        }
        else if (ServiceIds.Count > 30)
        {
            yield return new ValidationResult("Si possono scegliere al massimo 30 servizi.", [nameof(ServiceIds)]);
        }
    }
}
