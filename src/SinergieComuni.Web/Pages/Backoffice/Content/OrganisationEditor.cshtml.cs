using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>Editor of an organisation's profile; its representatives may edit it and submit the changes.</summary>
public sealed class OrganisationEditorModel(PublishWorkflow workflow, BackofficeActor actors, SinergieDbContext db, Taxonomy taxonomy)
    : ContentEditorModel<OrganisationDocument>(workflow, actors, db)
{
    protected override string ContentTypeKey => ContentTypes.Organisation;

    public IReadOnlyList<TaxonomyTerm> Municipalities { get; private set; } = [];

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        Municipalities = await taxonomy.TermsAsync(Vocabularies.Municipality, cancellationToken);
}
