namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// The fields of one version of an editable item, stored as JSON in its version.
/// Each content type has one; title and slug are common to all.
/// </summary>
public interface IContentDocument
{
    string Title { get; }

    string Slug { get; set; }
}
