using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Editorial;

namespace SinergieComuni.Tests.Editorial;

/// <summary>News and events with unique titles and slugs, so tests never share data.</summary>
public static class EditorialFixtures
{
    public static NewsDocument News(string? title = null, DateOnly? date = null, params string[] topics) => new()
    {
        Title = title ?? ContentFixtures.Unique("Notizia di prova"),
        Summary = "Sommario della notizia di prova.",
        Body = "<p>Testo della notizia.</p>",
        NewsDate = date,
        Topics = [.. topics],
    };

    public static EventDocument Event(DateTime startUtc, DateTime? endUtc = null, string? title = null) => new()
    {
        Title = title ?? ContentFixtures.Unique("Evento di prova"),
        Summary = "Sommario dell'evento di prova.",
        Body = "<p>Descrizione dell'evento.</p>",
        StartsAtUtc = startUtc,
        EndsAtUtc = endUtc,
        Venue = new EventVenue { Name = "Sala di prova", Address = "Via delle Prove 1", Municipality = "melegnano", Latitude = 45.3583, Longitude = 9.3236 },
    };

    /// <summary>The published slug of an item.</summary>
    public static async Task<string> SlugAsync(this SinergieAppFactory factory, Guid id) =>
        (await factory.DbAsync(db => db.ContentItems.SingleAsync(i => i.Id == id))).Slug;

    public static async Task RunSchedulerAsync(this SinergieAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScheduledPublishing>().RunOnceAsync(CancellationToken.None);
    }

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
