using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Editorial;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>Editor of a news item.</summary>
public sealed class NewsEditorModel(PublishWorkflow workflow, BackofficeActor actors, SinergieDbContext db, EditorChoices choices)
    : ContentEditorModel<NewsDocument>(workflow, actors, db)
{
    protected override string ContentTypeKey => ContentTypes.News;

    public IReadOnlyList<EditorChoices.Choice> Images { get; private set; } = [];

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        Images = await choices.ImagesAsync(cancellationToken);
}
