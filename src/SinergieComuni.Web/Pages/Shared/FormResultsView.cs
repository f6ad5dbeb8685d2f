using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Web.Pages.Shared;

/// <summary>What the results partials need: the form, its report, the page's address (the filter posts there) and
/// whether it is the public page (one value per filter, privacy wording).</summary>
public sealed record FormResultsView(FormDocument Form, FormResultsReport Report, string Path, bool Public, bool IncludeSensitive)
{
    public IReadOnlyList<FormField> FilterFields =>
        [.. Form.AllFields().Where(f => ResultsFilter.IsFilterable(f, IncludeSensitive && !Public))];
}
