namespace SinergieComuni.Web.Features.Content;

public enum WorkflowOutcome
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>What a workflow action did; on Invalid, Italian messages keyed by field path.</summary>
public sealed record WorkflowResult(WorkflowOutcome Outcome, Guid? ItemId = null, IReadOnlyDictionary<string, List<string>>? Errors = null, string? Message = null)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Done;

    public static WorkflowResult Done(Guid itemId, string? message = null) => new(WorkflowOutcome.Done, itemId, Message: message);

    public static WorkflowResult NotFound() => new(WorkflowOutcome.NotFound, Message: "Il contenuto non esiste o è stato eliminato.");

    public static WorkflowResult Forbidden() => new(WorkflowOutcome.Forbidden, Message: "Non hai i permessi per questa operazione.");

    public static WorkflowResult Conflict() => new(WorkflowOutcome.Conflict,
        Message: "Qualcun altro ha modificato questo contenuto dopo che l'hai aperto. Le tue modifiche non sono state salvate: confronta le versioni nella cronologia e riprova.");

    public static WorkflowResult Invalid(string key, string message) => new(WorkflowOutcome.Invalid, Errors: new Dictionary<string, List<string>> { [key] = [message] });

    public static WorkflowResult Invalid(IReadOnlyDictionary<string, List<string>> errors) => new(WorkflowOutcome.Invalid, Errors: errors);
}
