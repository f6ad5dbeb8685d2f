using Microsoft.AspNetCore.Mvc;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Editorial;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>Editor of an event: dates and times are typed on the Rome clock and stored in UTC.</summary>
public sealed class EventEditorModel(PublishWorkflow workflow, BackofficeActor actors, SinergieDbContext db, EditorChoices choices, Taxonomy taxonomy)
    : ContentEditorModel<EventDocument>(workflow, actors, db)
{
    protected override string ContentTypeKey => ContentTypes.Event;

    [BindProperty]
    public EventWhenInput When { get; set; } = new();

    public IReadOnlyList<EditorChoices.Choice> Images { get; private set; } = [];

    public IReadOnlyList<EditorChoices.Choice> Forms { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> Municipalities { get; private set; } = [];

    protected override Task<bool> BeforeSaveAsync(CancellationToken cancellationToken)
    {
        var errors = When.ApplyTo(Document);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError($"{nameof(When)}.{field}", message);
        }

        return Task.FromResult(errors.Count == 0);
    }

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        if (When.StartDate is null && Document.StartsAtUtc is not null)
        {
            When = EventWhenInput.From(Document);
        }

        Images = await choices.ImagesAsync(cancellationToken);
        Forms = await choices.FormsAsync(cancellationToken);
        Municipalities = await taxonomy.TermsAsync(Vocabularies.Municipality, cancellationToken);
    }

    /// <summary>The first message for a field, looking at the posted field and the document property it fills.</summary>
    public string? ErrorFor(params string[] keys) => keys
        .Select(k => ModelState.TryGetValue(k, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null)
        .FirstOrDefault(m => m is not null);
}
