namespace SinergieComuni.Web.Features.Documents;

/// <summary>An earlier published file of a document, downloadable at <see cref="DownloadUrl"/>.</summary>
public sealed record PreviousDocumentVersion(string Slug, int Number, string VersionLabel, DateOnly? DocumentDate, DateTime PublishedUtc, string? Format)
{
    public string DownloadUrl => $"/documenti/{Slug}/versioni/{Number}/scarica";
}
