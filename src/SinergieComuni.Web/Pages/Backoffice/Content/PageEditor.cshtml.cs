using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>Editor of a free page.</summary>
public sealed class PageEditorModel(PublishWorkflow workflow, BackofficeActor actors, SinergieDbContext db)
    : ContentEditorModel<PageDocument>(workflow, actors, db)
{
    protected override string ContentTypeKey => ContentTypes.Page;
}
