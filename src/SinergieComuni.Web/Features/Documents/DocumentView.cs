using SinergieComuni.Web.Features.Media;

namespace SinergieComuni.Web.Features.Documents;

/// <summary>What /documenti/{slug} (and its preview) shows: the document, its file, its organisation and earlier published files.</summary>
public sealed record DocumentView(
    LibraryDocument Document,
    StoredFile? File,
    string? OrganisationName,
    string? OrganisationSlug,
    IReadOnlyList<PreviousDocumentVersion> PreviousVersions,
    DateTime UpdatedUtc,
    bool Preview)
{
    public string TypeLabel => LibraryVocabulary.DocumentTypeLabel(Document.DocumentType) ?? "";

    public string TopicLabel => LibraryVocabulary.TopicLabel(Document.Topic) ?? "";

    public string? Format => File is null ? null : DocumentFileFormat.Describe(File.ContentType, File.Size);

    /// <summary>The stable address of the published file; in a preview, the draft's own file.</summary>
    public string? DownloadUrl => File is null ? null : Preview ? MediaFeature.Url(File.Id, File.FileName) : $"/documenti/{Document.Slug}/scarica";
}
