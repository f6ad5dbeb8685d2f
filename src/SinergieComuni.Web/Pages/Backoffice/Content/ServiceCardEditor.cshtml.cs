using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Maps;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>
/// Editor of a service card, in tabs that follow the public page. Rows (venues, hours, costs, contacts…) are added and
/// removed by posting the form back, so it works without JavaScript; nothing is saved until "Salva".
/// </summary>
public sealed partial class ServiceCardEditorModel(PublishWorkflow workflow, BackofficeActor actors, SinergieDbContext db, Taxonomy taxonomy, Features.Media.Uploads uploads, IOptions<MapOptions> maps)
    : ContentEditorModel<ServiceCardDocument>(workflow, actors, db)
{
    private readonly PublishWorkflow _workflow = workflow;
    private readonly BackofficeActor _actors = actors;
    private readonly SinergieDbContext _db = db;

    protected override string ContentTypeKey => ContentTypes.Service;

    public MapOptions Maps => maps.Value;

    /// <summary>What picker.js needs: tiles, the allowed area, the district to start from, the geocoder when there is one.</summary>
    public string PickerSettings() => JsonSerializer.Serialize(new
    {
        tiles = Maps.TileUrl,
        attribution = Maps.Attribution,
        area = new[] { Maps.AreaBox.MinLongitude, Maps.AreaBox.MinLatitude, Maps.AreaBox.MaxLongitude, Maps.AreaBox.MaxLatitude },
        district = Municipalities.Where(m => m.Latitude is not null && m.Longitude is not null).Select(m => new[] { m.Latitude!.Value, m.Longitude!.Value }),
        geocode = string.IsNullOrWhiteSpace(Maps.GeocoderUrl) ? null : GeocoderEndpoint.Path,
    });

    public sealed record Choice(string Key, string Label);

    public sealed record KnownVenue(string Key, string Label, Venue Venue);

    public IReadOnlyList<TaxonomyTerm> Categories { get; private set; } = [];
    public IReadOnlyList<TaxonomyTerm> Topics { get; private set; } = [];
    public IReadOnlyList<TaxonomyTerm> TargetGroups { get; private set; } = [];
    public IReadOnlyList<TaxonomyTerm> Languages { get; private set; } = [];
    public IReadOnlyList<TaxonomyTerm> Municipalities { get; private set; } = [];
    public IReadOnlyList<Choice> Organisations { get; private set; } = [];
    public IReadOnlyList<KnownVenue> KnownVenues { get; private set; } = [];

    /// <summary>An organisation to create on the spot and use as provider (editors only).</summary>
    [BindProperty]
    public NewOrganisationInput NewOrganisation { get; set; } = new();

    [BindProperty]
    public IFormFile? NewImage { get; set; }

    [BindProperty]
    public string? NewImageAlt { get; set; }

    [BindProperty]
    public IFormFile? NewAttachment { get; set; }

    [BindProperty]
    public string? NewAttachmentTitle { get; set; }

    private readonly List<Features.Media.StoredFile> _storedNow = [];

    /// <summary>Names of the uploaded files shown in the form, by id.</summary>
    public IReadOnlyDictionary<string, Features.Media.StoredFile> Files { get; private set; } = new Dictionary<string, Features.Media.StoredFile>();

    protected override async Task<bool> BeforeSaveAsync(CancellationToken cancellationToken)
    {
        var actor = await _actors.GetAsync();
        if (NewImage is { Length: > 0 })
        {
            if (string.IsNullOrWhiteSpace(NewImageAlt))
            {
                ModelState.AddModelError(nameof(NewImageAlt), "Scrivi il testo alternativo che descrive l'immagine.");
                return false;
            }

            var stored = await uploads.StoreAsync(NewImage, new Features.Media.UploadTarget(ImagesOnly: true, AltText: NewImageAlt), actor, cancellationToken);
            if (stored.File is null)
            {
                ModelState.AddModelError(nameof(NewImage), stored.Error!);
                return false;
            }

            _storedNow.Add(stored.File);
            Document.Images.Add(new CardImage { FileId = stored.File.Id.ToString(), Alt = NewImageAlt.Trim() });
        }

        if (NewAttachment is { Length: > 0 })
        {
            if (string.IsNullOrWhiteSpace(NewAttachmentTitle))
            {
                ModelState.AddModelError(nameof(NewAttachmentTitle), "Dai un titolo all'allegato.");
                await SaveFailedAsync(cancellationToken);
                return false;
            }

            var stored = await uploads.StoreAsync(NewAttachment, imagesOnly: false, actor, cancellationToken);
            if (stored.File is null)
            {
                ModelState.AddModelError(nameof(NewAttachment), stored.Error!);
                await SaveFailedAsync(cancellationToken);
                return false;
            }

            _storedNow.Add(stored.File);
            Document.Attachments.Add(new CardAttachment { FileId = stored.File.Id.ToString(), Title = NewAttachmentTitle.Trim() });
        }

        return true;
    }

    protected override async Task SaveFailedAsync(CancellationToken cancellationToken)
    {
        var ids = _storedNow.Select(f => f.Id.ToString()).ToHashSet();
        Document.Images.RemoveAll(i => ids.Contains(i.FileId));
        Document.Attachments.RemoveAll(a => ids.Contains(a.FileId));
        await uploads.DiscardAsync(_storedNow, cancellationToken);
        _storedNow.Clear();
    }

    /// <summary>Tells the person that the rows changed but nothing was saved yet.</summary>
    public bool UnsavedRows { get; private set; }

    protected override async Task<IActionResult> PrepareNewAsync(CancellationToken cancellationToken)
    {
        var actor = await _actors.GetAsync();
        Document.OrganisationId = actor.IsPartner ? actor.OrganisationId : null;
        Document.Languages = ["it"];
        return await base.PrepareNewAsync(cancellationToken);
    }

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Categories = await taxonomy.TermsAsync(Vocabularies.Category, cancellationToken);
        Topics = await taxonomy.TermsAsync(Vocabularies.Topic, cancellationToken);
        TargetGroups = await taxonomy.TermsAsync(Vocabularies.TargetGroup, cancellationToken);
        Languages = await taxonomy.TermsAsync(Vocabularies.Language, cancellationToken);
        Municipalities = await taxonomy.TermsAsync(Vocabularies.Municipality, cancellationToken);
        var fileIds = Document.Images.Select(i => i.FileId).Concat(Document.Attachments.Select(a => a.FileId))
            .Select(f => Guid.TryParse(f, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        Files = await _db.StoredFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id.ToString(), cancellationToken);
        var actor = await _actors.GetAsync();
        var organisations = _db.ContentItems.AsNoTracking().Where(i => i.ContentType == ContentTypes.Organisation && i.DeletedUtc == null);
        if (!actor.IsEditor)
        {
            organisations = organisations.Where(i => i.Id == actor.OrganisationId);
        }

        Organisations = [.. (await organisations.Select(i => new { i.Id, i.Title }).ToListAsync(cancellationToken))
            .OrderBy(o => o.Title, StringComparer.Create(new System.Globalization.CultureInfo("it-IT"), true))
            .Select(o => new Choice(o.Id.ToString(), o.Title))];

        // Venues already used by the same provider's cards, to copy instead of retyping.
        if (Document.OrganisationId is { } organisationId)
        {
            var cardIds = await _db.ContentItems.AsNoTracking()
                .Where(i => i.ContentType == ContentTypes.Service && i.OrganisationId == organisationId && i.DeletedUtc == null && (Item == null || i.Id != Item.Id))
                .Select(i => new { i.Id, i.LatestVersion })
                .Take(50)
                .ToListAsync(cancellationToken);
            var venues = new List<KnownVenue>();
            foreach (var card in cardIds)
            {
                var json = await _db.ContentVersions.AsNoTracking().Where(v => v.ItemId == card.Id && v.Number == card.LatestVersion).Select(v => v.DataJson).FirstAsync(cancellationToken);
                foreach (var venue in ContentJson.Deserialize<ServiceCardDocument>(json).Venues)
                {
                    var key = $"{venue.Name}|{venue.Address}";
                    if (venues.All(v => v.Key != key))
                    {
                        venues.Add(new KnownVenue(key, $"{venue.Name} – {venue.Address}", venue));
                    }
                }
            }

            KnownVenues = venues;
        }
    }

    public async Task<IActionResult> OnPostAddRowAsync(Guid? id, string list, CancellationToken cancellationToken)
    {
        EditRows(list, rows =>
        {
            // Images and attachments come only with an upload; other lists stop at 50 rows.
            if (NewRow(list) is { } row && rows.Count < MaxRows)
            {
                rows.Add(row);
            }
        });
        return await RedisplayAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveRowAsync(Guid? id, string list, int index, CancellationToken cancellationToken)
    {
        EditRows(list, rows =>
        {
            if (index >= 0 && index < rows.Count)
            {
                rows.RemoveAt(index);
            }
        });
        return await RedisplayAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostCopyVenueAsync(Guid? id, string? venue, CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        var known = KnownVenues.FirstOrDefault(v => v.Key == venue);
        if (known is not null)
        {
            Document.Venues.Add(ContentJson.Deserialize<ServiceCardDocument>(ContentJson.Serialize(new ServiceCardDocument { Venues = [known.Venue] })).Venues[0]);
        }

        return await RedisplayAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveWithNewOrganisationAsync(Guid? id, CancellationToken cancellationToken)
    {
        var actor = await _actors.GetAsync();
        if (string.IsNullOrWhiteSpace(NewOrganisation.Name))
        {
            ModelState.AddModelError("NewOrganisation.Name", "Scrivi il nome della nuova organizzazione.");
            return await RedisplayAsync(id, cancellationToken, keepErrors: true);
        }

        var created = await _workflow.CreateAsync(actor, ContentTypes.Organisation,
            new OrganisationDocument { Title = NewOrganisation.Name.Trim(), Kind = NewOrganisation.Kind }, cancellationToken);
        if (!created.Succeeded)
        {
            if (created.Outcome == WorkflowOutcome.Forbidden)
            {
                return Forbid();
            }

            foreach (var message in created.Errors?.SelectMany(e => e.Value) ?? [created.Message ?? ""])
            {
                ModelState.AddModelError("NewOrganisation.Name", message);
            }

            return await RedisplayAsync(id, cancellationToken, keepErrors: true);
        }

        Document.OrganisationId = created.ItemId;
        NewOrganisation = new NewOrganisationInput();
        ModelState.Clear();
        return await OnPostSaveAsync(id, cancellationToken);
    }

    private async Task<IActionResult> RedisplayAsync(Guid? id, CancellationToken cancellationToken, bool keepErrors = false)
    {
        if (!keepErrors)
        {
            // The form is shown again with its values; validation happens when it is saved.
            ModelState.Clear();
        }

        UnsavedRows = true;
        var result = await OnGetAsync(id, cancellationToken, reloadDocument: false);
        return result;
    }

    private void EditRows(string list, Action<System.Collections.IList> edit)
    {
        var match = ListPath().Match(list ?? "");
        if (!match.Success)
        {
            return;
        }

        System.Collections.IList? rows = match.Groups["list"].Value switch
        {
            nameof(ServiceCardDocument.RequiredDocuments) => Document.RequiredDocuments,
            nameof(ServiceCardDocument.Deadlines) => Document.Deadlines,
            nameof(ServiceCardDocument.CostOptions) => Document.CostOptions,
            nameof(ServiceCardDocument.Contacts) => Document.Contacts,
            nameof(ServiceCardDocument.Images) => Document.Images,
            nameof(ServiceCardDocument.Attachments) => Document.Attachments,
            nameof(ServiceCardDocument.Venues) when !match.Groups["sub"].Success => Document.Venues,
            nameof(ServiceCardDocument.Venues) when int.TryParse(match.Groups["venue"].Value, out var v) && v >= 0 && v < Document.Venues.Count =>
                match.Groups["sub"].Value == nameof(OpeningHours.Slots) ? Document.Venues[v].Hours.Slots : Document.Venues[v].Hours.Exceptions,
            _ => null,
        };
        if (rows is not null)
        {
            edit(rows);
        }
    }

    private const int MaxRows = 50;

    private static object? NewRow(string list) => ListPath().Match(list).Groups switch
    {
        var g when g["sub"].Value == nameof(OpeningHours.Slots) => new WeeklySlot { Day = DayOfWeek.Monday, Opens = new TimeOnly(9, 0), Closes = new TimeOnly(12, 0) },
        var g when g["sub"].Value == nameof(OpeningHours.Exceptions) => new HoursException { Date = DateOnly.FromDateTime(DateTime.Today), Closed = true },
        var g => g["list"].Value switch
        {
            nameof(ServiceCardDocument.RequiredDocuments) => new RequiredDocument(),
            nameof(ServiceCardDocument.Deadlines) => new Deadline { Date = DateOnly.FromDateTime(DateTime.Today) },
            nameof(ServiceCardDocument.CostOptions) => new CostOption(),
            nameof(ServiceCardDocument.Contacts) => new ServiceContact(),
            nameof(ServiceCardDocument.Venues) => new Venue(),
            _ => null,
        },
    };

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)(\[(?<venue>\d{1,2})\]\.Hours\.(?<sub>Slots|Exceptions))?$")]
    private static partial Regex ListPath();

    public sealed class NewOrganisationInput
    {
        public string? Name { get; set; }

        public OrganisationKind Kind { get; set; } = OrganisationKind.SocialCooperative;
    }
}
