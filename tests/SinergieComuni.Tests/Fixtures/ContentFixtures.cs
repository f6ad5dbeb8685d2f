using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Tests.Fixtures;

/// <summary>Actors and documents for content tests, each with unique titles so tests never share data.</summary>
public static class ContentFixtures
{
    public static ContentActor Editor { get; } = new("editor-id", "redazione@prova.it", new HashSet<string> { Roles.Editor }, null);

    public static ContentActor Administrator { get; } = new("admin-id", "admin@prova.it", new HashSet<string> { Roles.Administrator }, null);

    public static ContentActor Partner(Guid organisationId) =>
        new("partner-" + organisationId.ToString("N")[..8], $"referente-{organisationId.ToString("N")[..8]}@prova.it", new HashSet<string> { Roles.PartnerRepresentative }, organisationId);

    public static ContentActor SocialManager { get; } = new("social-id", "gestore@prova.it", new HashSet<string> { Roles.SocialManager }, null);

    public static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";

    public static PageDocument Page(string? title = null) => new()
    {
        Title = title ?? Unique("Pagina di prova"),
        Summary = "Un sommario di prova.",
        Body = "<p>Testo di prova.</p>",
    };

    public static OrganisationDocument Organisation(string? title = null) => new()
    {
        Title = title ?? Unique("Cooperativa di prova"),
        Kind = OrganisationKind.SocialCooperative,
        Description = "Organizzazione di prova.",
    };

    public static ServiceCardDocument ServiceCard(Guid? organisationId, string? title = null) => new()
    {
        Title = title ?? Unique("Nido di prova"),
        ShortDescription = "Un nido di prova per i test.",
        Description = "<p>Descrizione di prova.</p>",
        Category = "prima-infanzia",
        Topics = ["infanzia"],
        TargetGroups = ["bambini-0-3"],
        MinimumAge = 0,
        MaximumAge = 3,
        Municipalities = ["melegnano"],
        OrganisationId = organisationId,
        Venues =
        [
            new Venue
            {
                Name = "Sede di prova",
                Address = "Via delle Prove 1",
                PostalCode = "20077",
                Municipality = "melegnano",
                Latitude = 45.358,
                Longitude = 9.323,
                Hours = new OpeningHours { Slots = [new WeeklySlot { Day = DayOfWeek.Monday, Opens = new TimeOnly(8, 0), Closes = new TimeOnly(12, 0) }] },
            },
        ],
    };

    /// <summary>Creates (and optionally publishes) an item as an editor; returns its id.</summary>
    public static async Task<Guid> CreateAsync(this SinergieAppFactory factory, string type, IContentDocument document, bool publish = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<PublishWorkflow>();
        var created = await workflow.CreateAsync(Editor, type, document, CancellationToken.None);
        Assert.True(created.Succeeded, Describe(created));
        if (publish)
        {
            var published = await workflow.PublishAsync(Editor, created.ItemId!.Value, null, CancellationToken.None);
            Assert.True(published.Succeeded, Describe(published));
        }

        return created.ItemId!.Value;
    }

    /// <summary>Runs one workflow call in its own scope, as a request would.</summary>
    public static async Task<T> WorkflowAsync<T>(this SinergieAppFactory factory, Func<PublishWorkflow, Task<T>> call)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<PublishWorkflow>());
    }

    public static async Task<T> DbAsync<T>(this SinergieAppFactory factory, Func<SinergieComuni.Web.Data.SinergieDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SinergieComuni.Web.Data.SinergieDbContext>());
    }

    public static string Describe(WorkflowResult result) =>
        $"{result.Outcome}: {result.Message} {string.Join("; ", (result.Errors ?? new Dictionary<string, List<string>>()).Select(e => $"{e.Key}={string.Join(" ", e.Value)}"))}";
}
