namespace SinergieComuni.Web.Features.Forms;

/// <summary>One statement of a matrix: how many answered it and the counts per scale point (in the question's order).</summary>
public sealed record MatrixRowResults(string Label, int? Respondents, IReadOnlyList<ResultCount> Cells);
