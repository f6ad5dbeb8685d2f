namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// A form's results over its entries matching <see cref="Filter"/>. <see cref="CompletionRate"/> is defined in
/// <see cref="FormResults"/>. On the public page <see cref="TooFewAnswers"/> replaces everything when the total is
/// under the privacy threshold.
/// </summary>
public sealed record FormResultsReport(
    int Total,
    double? CompletionRate,
    IReadOnlyList<QuestionResults> Questions,
    ResultsFilter Filter,
    bool TooFewAnswers = false);
