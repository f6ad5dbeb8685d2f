namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>One text field of an editor form: its bound name, label, value and the hints that make it accessible.</summary>
public sealed record FieldModel(string Name, string Label, string? Value)
{
    public string Id => "f-" + Name.Replace('.', '-').Replace('[', '-').Replace(']', '-');

    public bool Required { get; init; }

    public bool Multiline { get; init; }

    public int Rows { get; init; } = 4;

    public int? MaxLength { get; init; }

    public string Type { get; init; } = "text";

    public string? Help { get; init; }

    public string? Autocomplete { get; init; } = "off";

    public string? InputMode { get; init; }

    public string? Step { get; init; }
}
