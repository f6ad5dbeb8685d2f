using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>
/// On the first start with demo content on and no news or event yet, imports sync/content/news and
/// sync/content/events through the publishing workflow. Dates are offsets from the import day (Rome), so the demo
/// always has recent news and upcoming events. All or nothing.
/// </summary>
public sealed class EditorialDemoImporter(IOptions<AppOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<EditorialDemoImporter> logger) : IDataSeeder
{
    /// <summary>After the pages and the forms (events link to the registration form).</summary>
    public int Order => 120;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!options.Value.ImportDemoContent)
        {
            return;
        }

        var db = services.GetRequiredService<SinergieDbContext>();
        if (await db.ContentItems.AnyAsync(i => i.ContentType == ContentTypes.News || i.ContentType == ContentTypes.Event, cancellationToken))
        {
            return;
        }

        var root = Path.Combine(options.Value.ResolveSyncPath(environment.ContentRootPath), "content");
        var counts = await ImportAsync(services, root, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (counts.News + counts.Events > 0)
        {
            logger.LogInformation("Imported {News} news items and {Events} events from {Folder}", counts.News, counts.Events, root);
        }
    }

    /// <summary>Imports the files under <paramref name="contentRoot"/>/news and /events with dates relative to <paramref name="nowUtc"/>.</summary>
    public static async Task<(int News, int Events)> ImportAsync(IServiceProvider services, string contentRoot, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<SinergieDbContext>();
        var workflow = services.GetRequiredService<PublishWorkflow>();
        var today = DateOnly.FromDateTime(nowUtc.ToRomeTime());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var news = 0;
        foreach (var file in Files(contentRoot, "news"))
        {
            var entry = Read<SyncNews>(file);
            entry.Document.NewsDate = today.AddDays(-entry.DaysAgo);
            await DemoContentImporter.ImportAsync(workflow, ContentTypes.News, entry.Document, file, cancellationToken);
            news++;
        }

        var forms = await db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == ContentTypes.Form && i.PublishedVersion != null && i.DeletedUtc == null)
            .Select(i => i.PublishedSlug!)
            .ToListAsync(cancellationToken);
        var events = 0;
        foreach (var file in Files(contentRoot, "events"))
        {
            var entry = Read<SyncEvent>(file);
            var document = entry.Document;
            var day = today.AddDays(entry.Days);
            if (entry.AllDay)
            {
                document.AllDay = true;
                document.StartsAtUtc = RomeInput.ToUtc(day.ToDateTime(TimeOnly.MinValue), out _);
                document.EndsAtUtc = RomeInput.ToUtc(day.AddDays(Math.Max(0, entry.LastingDays - 1)).ToDateTime(TimeOnly.MinValue), out _);
            }
            else
            {
                var time = TimeOnly.ParseExact(entry.Time ?? "10:00", "HH:mm", CultureInfo.InvariantCulture);
                // A time skipped by the change to summer time moves one hour later.
                var start = RomeInput.ToUtc(day.ToDateTime(time), out _) ?? RomeInput.ToUtc(day.ToDateTime(time.AddHours(1)), out _);
                document.StartsAtUtc = start;
                document.EndsAtUtc = entry.DurationMinutes > 0 ? start!.Value.AddMinutes(entry.DurationMinutes) : null;
            }

            if (document.RegistrationFormSlug is { } form && !forms.Contains(form))
            {
                document.RegistrationFormSlug = null;
            }

            await DemoContentImporter.ImportAsync(workflow, ContentTypes.Event, document, file, cancellationToken);
            events++;
        }

        await transaction.CommitAsync(cancellationToken);
        return (news, events);
    }

    private static IEnumerable<string> Files(string root, string folder)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal) : [];
    }

    private static T Read<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(file), ContentJson.Options)
            ?? throw new InvalidOperationException($"{Path.GetFileName(file)} is empty.");

    private sealed record SyncNews(
        [property: JsonPropertyName("giorniFa")] int DaysAgo,
        NewsDocument Document);

    private sealed record SyncEvent(
        [property: JsonPropertyName("giorni")] int Days,
        [property: JsonPropertyName("ora")] string? Time,
        [property: JsonPropertyName("durataMinuti")] int DurationMinutes,
        [property: JsonPropertyName("tuttoIlGiorno")] bool AllDay,
        [property: JsonPropertyName("giorniDiDurata")] int LastingDays,
        EventDocument Document);
}
