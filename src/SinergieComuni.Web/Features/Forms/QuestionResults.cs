namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// The aggregated answers to one question of the form's reference version. Percentages are over
/// <see cref="Respondents"/>, the entries that answered it (for multiple choice they add up to more than 100%).
/// </summary>
public sealed record QuestionResults(
    string Key,
    string Label,
    FormFieldType Type,
    QuestionChart Chart,
    int? Respondents,
    IReadOnlyList<ResultCount> Counts,
    IReadOnlyList<string> ScalePoints,
    IReadOnlyList<MatrixRowResults> Rows,
    decimal? Mean = null,
    decimal? Median = null)
{
    public bool MultipleAnswers => Type == FormFieldType.MultipleChoice;
}
