using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>What the shared workflow panel reads from any content editor page.</summary>
public interface IContentEditor
{
    ContentTypeDefinition Type { get; }

    ContentItem? Item { get; }

    ContentActor Actor { get; }

    int Revision { get; }

    bool Conflict { get; }

    string? StatusMessage { get; }

    string FormPath { get; }

    string EditorPath(Guid id);
}
