namespace SinergieComuni.Web.Features.Forms;

/// <summary>One step of a multi-step form ("Passo 2 di 4"), made of groups of fields.</summary>
public sealed class FormPage
{
    public string Key { get; set; } = "";

    public string? Title { get; set; }

    public FormCondition? Condition { get; set; }

    public List<FormGroup> Groups { get; set; } = [];
}

/// <summary>A set of fields shown together (a fieldset when it has a title), which can be shown or hidden at once.</summary>
public sealed class FormGroup
{
    public string Key { get; set; } = "";

    public string? Title { get; set; }

    public string? Description { get; set; }

    public FormCondition? Condition { get; set; }

    public List<FormField> Fields { get; set; } = [];
}
