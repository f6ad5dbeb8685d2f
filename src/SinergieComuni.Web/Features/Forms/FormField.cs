namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// One question of a form. <see cref="Key"/> names its answer in entries and exports and never changes once
/// answers exist; everything else may be edited, because each entry keeps the version it was answered with.
/// </summary>
public sealed class FormField
{
    public string Key { get; set; } = "";

    public FormFieldType Type { get; set; }

    public string Label { get; set; } = "";

    public string? Help { get; set; }

    public string? Placeholder { get; set; }

    public bool Required { get; set; }

    /// <summary>Replaces the standard message when the field is missing or does not match its pattern.</summary>
    public string? ErrorMessage { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>Smallest number (number fields) or earliest day as yyyy-MM-dd (date fields).</summary>
    public string? Min { get; set; }

    public string? Max { get; set; }

    /// <summary>A .NET/JavaScript-compatible regular expression the whole answer must match.</summary>
    public string? Pattern { get; set; }

    /// <summary>Choices of single/multiple choice fields; the columns' labels of a scale.</summary>
    public List<FormOption> Options { get; set; } = [];

    /// <summary>The statements of a matrix, each answered on the scale.</summary>
    public List<FormOption> Rows { get; set; } = [];

    /// <summary>Single choice shown as a dropdown instead of radio buttons.</summary>
    public bool Dropdown { get; set; }

    /// <summary>Highest point of a scale or matrix (lowest is 1).</summary>
    public int ScaleMax { get; set; } = 5;

    public string? ScaleMinLabel { get; set; }

    public string? ScaleMaxLabel { get; set; }

    /// <summary>File types accepted by an upload field (pdf, jpg, png, webp, docx, xlsx, odt, ods).</summary>
    public List<string> FileTypes { get; set; } = [];

    public int? MaxFileMb { get; set; }

    /// <summary>The HTML autocomplete token (name, email, tel, address-level2…), for WCAG 1.3.5.</summary>
    public string? Autocomplete { get; set; }

    /// <summary>Answers are shown only to roles allowed to read sensitive data and never copied into emails.</summary>
    public bool Sensitive { get; set; }

    /// <summary>Hidden and other fields: the URL parameter that fills the value (e.g. "servizio").</summary>
    public string? QueryParameter { get; set; }

    public string? DefaultValue { get; set; }

    public FormCondition? Condition { get; set; }

    public bool HasAnswer => Type != FormFieldType.Text;
}

/// <summary>A choice: <see cref="Value"/> is stored, <see cref="Label"/> is shown.</summary>
public sealed class FormOption
{
    public string Value { get; set; } = "";

    public string Label { get; set; } = "";
}
