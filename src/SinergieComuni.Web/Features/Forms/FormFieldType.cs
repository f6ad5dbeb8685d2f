namespace SinergieComuni.Web.Features.Forms;

/// <summary>What an editor can put in a form. <see cref="Text"/> is a title or description with no answer.</summary>
public enum FormFieldType
{
    ShortText,
    LongText,
    Email,
    Phone,
    Number,
    Date,
    SingleChoice,
    MultipleChoice,
    Scale,
    Matrix,
    File,
    Consent,
    Hidden,
    Text,
}
