namespace SinergieComuni.Web.Features.Forms;

/// <summary>Shows or hides a page, group or field when all (or any) of its rules match answers given earlier in the form.</summary>
public sealed class FormCondition
{
    public ConditionAction Action { get; set; } = ConditionAction.Show;

    public ConditionMatch Match { get; set; } = ConditionMatch.All;

    public List<FormRule> Rules { get; set; } = [];
}

/// <summary>One test on an earlier field's answer.</summary>
public sealed class FormRule
{
    public string Field { get; set; } = "";

    public RuleOperator Operator { get; set; } = RuleOperator.Equals;

    public string? Value { get; set; }
}

public enum ConditionAction
{
    Show,
    Hide,
}

public enum ConditionMatch
{
    All,
    Any,
}

public enum RuleOperator
{
    Equals,
    NotEquals,
    Contains,
    IsEmpty,
    GreaterThan,
}
