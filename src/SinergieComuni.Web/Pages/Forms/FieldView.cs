using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Web.Pages.Forms;

/// <summary>One field as the form page renders it: the field, its values and its error.</summary>
public sealed record FieldView(FormField Field, string[] Values, string? Error, bool Visible, Func<string, string[]> ValuesOf)
{
    public string Id => "f-" + Field.Key;

    public string Name => SubmissionReader.InputName(Field);

    public string Value => Values.FirstOrDefault() ?? "";

    public string? DescribedBy(params string?[] extra) =>
        string.Join(' ', new[] { Field.Help is { Length: > 0 } ? Id + "-aiuto" : null, Error is null ? null : Id + "-errore" }.Concat(extra).Where(x => x is not null)) is { Length: > 0 } ids ? ids : null;

    public string RequiredMark => Field.Required ? " (obbligatorio)" : "";

    public string? ConditionJson => Field.Condition is { Rules.Count: > 0 } c
        ? System.Text.Json.JsonSerializer.Serialize(c, Features.Content.ContentJson.Options)
        : null;
}
