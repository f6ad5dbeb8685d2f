using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Bench;

/// <summary>
/// Writes generated organisations and service cards straight into the database as published content, one version each.
/// It bypasses the publishing workflow (validation, audit, redirects, service listings), which is far too slow for
/// 100,000 items: cards loaded this way are in the database and at /servizi/{slug}, not in the listing tables.
/// </summary>
internal static partial class BulkLoader
{
    public const string Author = "bench";

    /// <summary>Rows per SaveChanges; the change tracker is cleared after each batch so memory stays flat.</summary>
    public const int BatchSize = 2_000;

    /// <summary>A handful of providers, more for larger loads.</summary>
    public static int OrganisationCount(int cards) => Math.Clamp(cards / 500, 6, 60);

    /// <summary>
    /// Loads <paramref name="cards"/> service cards generated from <paramref name="seed"/> and their providers, reporting
    /// the cards written so far after each batch. Returns the number of cards written. Slugs already in the database are
    /// avoided; loading the same seed twice into one database is refused (the providers' ids come from the seed).
    /// </summary>
    public static async Task<int> LoadAsync(IServiceProvider services, int cards, int seed, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cards);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;

        var taken = await db.ContentItems
            .Where(i => i.ContentType == ContentTypes.Service || i.ContentType == ContentTypes.Organisation)
            .Select(i => new { i.ContentType, i.Slug, i.PublishedSlug })
            .ToListAsync(cancellationToken);
        IEnumerable<string> SlugsOf(string type) =>
            taken.Where(t => t.ContentType == type).SelectMany(t => new[] { t.Slug, t.PublishedSlug }).OfType<string>();
        var generator = new CardGenerator(seed, CardGenerator.DefaultTaxonomyFolder, SlugsOf(ContentTypes.Service), SlugsOf(ContentTypes.Organisation));

        var organisations = generator.Organisations(OrganisationCount(cards));
        var organisationIds = organisations.Select(o => o.Id).ToList();
        if (await db.ContentItems.AnyAsync(i => organisationIds.Contains(i.Id), cancellationToken))
        {
            throw new InvalidOperationException($"The organisations generated from seed {seed} are already in the database: load with another seed.");
        }

        var now = DateTime.UtcNow;
        await SaveAsync(db, [.. organisations.Select(o => Row(ContentTypes.Organisation, o.Id, o.Id, o.Document, now))], cancellationToken);

        // One minute apart, newest first, so that "latest" orderings have something to sort.
        var batches = generator.Cards(cards, organisations)
            .Select((card, index) => Row(ContentTypes.Service, Guid.CreateVersion7(), card.OrganisationId, card, now.AddMinutes(-index)))
            .Chunk(BatchSize);
        using var pending = batches.GetEnumerator();
        Task<(ContentItem, ContentVersion)[]?> NextBatch() => Task.Run(() => pending.MoveNext() ? pending.Current : null, cancellationToken);

        // The next batch is generated and serialised while the database writes the current one.
        var loaded = 0;
        var next = NextBatch();
        try
        {
            while (await next is { } batch)
            {
                next = NextBatch();
                await SaveAsync(db, batch, cancellationToken);
                loaded += batch.Length;
                progress?.Report(loaded);
            }
        }
        finally
        {
            // After a failed save the producer may still be running: let it finish before its enumerator is disposed.
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return loaded;
    }

    private static async Task SaveAsync(SinergieDbContext db, (ContentItem Item, ContentVersion Version)[] rows, CancellationToken cancellationToken)
    {
        db.ContentItems.AddRange(rows.Select(r => r.Item));
        db.ContentVersions.AddRange(rows.Select(r => r.Version));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static (ContentItem Item, ContentVersion Version) Row(string contentType, Guid id, Guid? organisationId, IContentDocument document, DateTime publishedUtc) =>
    (
        new ContentItem
        {
            Id = id,
            ContentType = contentType,
            Slug = document.Slug,
            Title = document.Title,
            OrganisationId = organisationId,
            LatestVersion = 1,
            PublishedVersion = 1,
            PublishedSlug = document.Slug,
            PublishedTitle = document.Title,
            PublishedUtc = publishedUtc,
            FirstPublishedUtc = publishedUtc,
            CreatedUtc = publishedUtc,
            UpdatedUtc = publishedUtc,
            UpdatedBy = Author,
            Revision = 1,
        },
        new ContentVersion
        {
            Id = Guid.CreateVersion7(),
            ItemId = id,
            Number = 1,
            Title = document.Title,
            Slug = document.Slug,
            DataJson = ContentJson.Serialize(document),
            AuthorId = Author,
            AuthorName = Author,
            CreatedUtc = publishedUtc,
        });

    /// <summary>
    /// Temporary command line for trying the loader: <c>generate N [seed] [--check] [--Key=Value…]</c>.
    /// --check validates N generated documents without a database; otherwise a <see cref="BenchHost"/> with the given
    /// settings (SQLite in a temp folder by default, or Database:Provider=Postgres with ConnectionStrings:Sinergie) is loaded.
    /// </summary>
    public static async Task RunCommandAsync(string[] args)
    {
        var cards = args.Length > 0 && int.TryParse(args[0], out var n) && n >= 0 ? n : 10_000;
        var seed = args.Length > 1 && int.TryParse(args[1], out var s) ? s : 20_260_101;
        var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))
            .Select(a => a[2..].Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (args.Contains("--check"))
        {
            Check(cards, seed);
            return;
        }

        var temporary = !settings.TryGetValue("App:DataPath", out var dataPath);
        dataPath ??= Path.Combine(Path.GetTempPath(), "sinergie-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        settings.TryAdd("Content:SchedulerEnabled", "false");
        try
        {
            var watch = Stopwatch.StartNew();
            await using var host = new BenchHost(dataPath, settings);
            var services = host.Services;
            var startup = watch.Elapsed;
            var provider = services.GetRequiredService<DatabaseProviderInfo>().Provider;
            Console.WriteLine($"{provider}: host ready (migrations and demo content) in {startup.TotalSeconds:F1} s; loading {cards} cards, seed {seed}");

            var progress = new Progress<int>(done =>
            {
                if (done % 10_000 == 0)
                {
                    Console.WriteLine($"  {done,7} cards  {watch.Elapsed.TotalSeconds,6:F1} s");
                }
            });
            watch.Restart();
            var loaded = await LoadAsync(services, cards, seed, progress);
            var elapsed = watch.Elapsed.TotalSeconds;

            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
            var published = await db.ContentItems.CountAsync(i => i.ContentType == ContentTypes.Service && i.PublishedVersion != null);
            var organisations = await db.ContentItems.CountAsync(i => i.ContentType == ContentTypes.Organisation);
            var versions = await db.ContentVersions.CountAsync();
            Console.WriteLine($"loaded {loaded} cards and {OrganisationCount(cards)} organisations in {elapsed:F1} s ({loaded / Math.Max(elapsed, 0.001):F0} cards/s)");
            Console.WriteLine($"database now: {published} published service cards, {organisations} organisations, {versions} versions");
        }
        finally
        {
            if (temporary)
            {
                TryDelete(dataPath);
            }
        }
    }

    private static void Check(int cards, int seed)
    {
        var watch = Stopwatch.StartNew();
        var generator = new CardGenerator(seed, CardGenerator.DefaultTaxonomyFolder);
        var organisations = generator.Organisations(OrganisationCount(cards));
        var documents = organisations.Select(o => (IContentDocument)o.Document).Concat(generator.Cards(cards, organisations)).ToList();
        var generated = watch.Elapsed.TotalSeconds;
        var invalid = 0;
        foreach (var document in documents)
        {
            var errors = DocumentValidator.Validate(document);
            if (!ContentSlug.IsValid(document.Slug))
            {
                errors["Slug"] = [$"invalid slug «{document.Slug}»"];
            }

            if (errors.Count > 0 && ++invalid <= 5)
            {
                Console.WriteLine($"INVALID «{document.Title}»: {string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
            }
        }

        var serviceCards = documents.OfType<ServiceCardDocument>().ToList();
        if (serviceCards.Count == 0)
        {
            return;
        }

        var words = serviceCards.Select(c => Tags().Replace(c.Description, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).ToList();
        var duplicates = serviceCards.Count - serviceCards.Select(c => c.Slug).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine($"{serviceCards.Count} cards and {organisations.Count} organisations generated in {generated:F1} s; {invalid} invalid; {duplicates} duplicate slugs");
        Console.WriteLine($"description words {words.Min()}–{words.Max()} (mean {words.Average():F0}); longest title {serviceCards.Max(c => c.Title.Length)}, longest short description {serviceCards.Max(c => c.ShortDescription.Length)}");
        Console.WriteLine($"no hours {serviceCards.Count(c => c.Venues.All(v => v.Hours.Slots.Count == 0))}, with exceptions {serviceCards.Count(c => c.Venues.Any(v => v.Hours.Exceptions.Count > 0))}, venues {serviceCards.Sum(c => c.Venues.Count)}, cost kinds {string.Join(", ", serviceCards.SelectMany(c => c.CostOptions).GroupBy(o => o.Kind).Select(g => $"{g.Key} {g.Count()}"))}");
        Console.WriteLine($"slugs with a number added {serviceCards.Count(c => c.Slug != SlugGenerator.FromTitle(c.Title))}; sample titles: {string.Join(" | ", serviceCards.Take(12).Select(c => c.Title))}");
        Console.WriteLine("first card: " + ContentJson.Serialize(serviceCards.First()));
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
