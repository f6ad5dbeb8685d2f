namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// One group of a question's results: an option, a scale point, a histogram bin or a month.
/// <see cref="Count"/> is null when the group is hidden on the public page (fewer than
/// <see cref="ResultsPrivacy.MinimumGroup"/> answers); <see cref="Share"/> is the fraction (0–1) of the question's respondents.
/// </summary>
public sealed record ResultCount(string Label, int? Count, double? Share)
{
    public bool IsHidden => Count is null;
}
