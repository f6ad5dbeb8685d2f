namespace SinergieComuni.Web.Features.Documents;

/// <summary>A published document as the list shows it.</summary>
public sealed record DocumentSummary(
    string Slug,
    string Title,
    string? Summary,
    string? ImageId,
    string? ImageAlt,
    string TypeLabel,
    string TopicLabel,
    string? OrganisationName,
    DateOnly? DocumentDate,
    string VersionLabel,
    string? Format,
    bool IsTemplate)
{
    public string Url => "/documenti/" + Slug;

    public string DownloadUrl => $"/documenti/{Slug}/scarica";
}
