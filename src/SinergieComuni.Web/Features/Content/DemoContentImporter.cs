using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Services;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// On first start (no content yet) imports the content kept as files under sync/content — pages, organisations,
/// service cards — through the publishing workflow, so the files get the same validation as the editors' forms.
/// </summary>
public sealed class DemoContentImporter(IOptions<AppOptions> options, IHostEnvironment environment, ILogger<DemoContentImporter> logger) : IDataSeeder
{
    public static ContentActor Importer { get; } =
        new("importazione", "Importazione da sync/", new HashSet<string> { Identity.Roles.Editor }, null);

    public int Order => 100;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!options.Value.ImportDemoContent)
        {
            return;
        }

        var db = services.GetRequiredService<SinergieDbContext>();
        if (await db.ContentItems.AnyAsync(cancellationToken))
        {
            return;
        }

        var root = Path.Combine(options.Value.ResolveSyncPath(environment.ContentRootPath), "content");
        if (!Directory.Exists(root))
        {
            logger.LogWarning("Demo content folder {Folder} not found: the site starts without content", root);
            return;
        }

        // All or nothing: a file that fails validation leaves the database empty, so the next start tries again.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workflow = services.GetRequiredService<PublishWorkflow>();
        var pages = 0;
        foreach (var file in Files(root, "pages", "*.html"))
        {
            var page = SyncPageFile.Parse(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file));
            await ImportAsync(workflow, ContentTypes.Page, new PageDocument
            {
                Title = page.Title,
                Slug = page.Slug,
                Summary = page.Summary,
                Body = page.BodyHtml,
                SortOrder = page.SortOrder,
            }, file, cancellationToken);
            pages++;
        }

        var organisations = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var file in Files(root, "organisations", "*.json"))
        {
            var entry = Read<SyncEntry<OrganisationDocument>>(file);
            organisations[entry.Document.Slug] = await ImportAsync(workflow, ContentTypes.Organisation, entry.Document, file, cancellationToken);
        }

        var cards = 0;
        var serviceIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var file in Files(root, "services", "*.json"))
        {
            var entry = Read<SyncEntry<ServiceCardDocument>>(file);
            if (entry.Organisation is not null)
            {
                entry.Document.OrganisationId = organisations.TryGetValue(entry.Organisation, out var id)
                    ? id
                    : throw new InvalidOperationException($"{Path.GetFileName(file)}: organisation '{entry.Organisation}' is not in sync/content/organisations.");
            }

            serviceIds[entry.Document.Slug] = await ImportAsync(workflow, ContentTypes.Service, entry.Document, file, cancellationToken);
            cards++;
        }

        var documents = await Documents.DocumentLibraryImporter.ImportAsync(services, workflow, root, organisations, cancellationToken);
        pages += await ImportBlockPagesAsync(db, workflow, Files(root, "pages", "*.json"), serviceIds, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Imported {Documents} library documents", documents);
        logger.LogInformation("Imported {Pages} pages, {Organisations} organisations and {Cards} service cards from {Folder}", pages, organisations.Count, cards, root);
    }

    /// <summary>Creates and publishes one file's document as the importer; a refusal stops the import with the file's name and the reasons.</summary>
    public static async Task<Guid> ImportAsync(PublishWorkflow workflow, string type, IContentDocument document, string file, CancellationToken cancellationToken)
    {
        var created = await workflow.CreateAsync(Importer, type, document, cancellationToken);
        if (!created.Succeeded)
        {
            var problems = created.Errors is null ? created.Message : string.Join("; ", created.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
            throw new InvalidOperationException($"{Path.GetFileName(file)} cannot be imported: {problems}");
        }

        var published = await workflow.PublishAsync(Importer, created.ItemId!.Value, null, cancellationToken);
        return published.Succeeded ? created.ItemId.Value : throw new InvalidOperationException($"{Path.GetFileName(file)}: {published.Message}");
    }

    /// <summary>
    /// Pages made of blocks (sync/content/pages/*.json): a document, plus the services its map blocks show, by slug.
    /// An image not in the library yet is left out with a warning rather than failing the import.
    /// </summary>
    private async Task<int> ImportBlockPagesAsync(SinergieDbContext db, PublishWorkflow workflow, IEnumerable<string> files, Dictionary<string, Guid> services, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var file in files)
        {
            var entry = Read<SyncBlockPage>(file);
            foreach (var reference in entry.References ?? [])
            {
                if (reference.Block >= 0 && reference.Block < entry.Document.Blocks.Count && entry.Document.Blocks[reference.Block] is Blocks.ServiceMapBlock map)
                {
                    map.ServiceIds = [.. reference.Services.Select(slug => services.TryGetValue(slug, out var id)
                        ? id
                        : throw new InvalidOperationException($"{Path.GetFileName(file)}: service '{slug}' is not in sync/content/services."))];
                }
            }

            var images = await db.MediaItems.AsNoTracking().Select(m => m.Id.ToString()).ToListAsync(cancellationToken);
            for (var i = entry.Document.Blocks.Count - 1; i >= 0; i--)
            {
                var imageId = entry.Document.Blocks[i] switch
                {
                    Blocks.ImageBlock image => image.ImageId,
                    Blocks.ImageTextBlock imageText => imageText.ImageId,
                    _ => null,
                };
                if (imageId is not null && !images.Contains(imageId, StringComparer.OrdinalIgnoreCase))
                {
                    logger.LogWarning("{File}: image {ImageId} is not in the media library; its block is imported as text", Path.GetFileName(file), imageId);
                    entry.Document.Blocks[i] = entry.Document.Blocks[i] is Blocks.ImageTextBlock { } text
                        ? new Blocks.RichTextBlock { Html = (string.IsNullOrWhiteSpace(text.Title) ? "" : $"<h2>{System.Net.WebUtility.HtmlEncode(text.Title)}</h2>") + text.Html }
                        : null!;
                }
            }

            entry.Document.Blocks.RemoveAll(b => b is null);
            if (entry.Document.ImageId is { } share && !images.Contains(share, StringComparer.OrdinalIgnoreCase))
            {
                entry.Document.ImageId = null;
            }

            await ImportAsync(workflow, ContentTypes.Page, entry.Document, file, cancellationToken);
            count++;
        }

        return count;
    }

    private sealed record SyncBlockPage(List<SyncBlockReference>? References, PageDocument Document);

    private sealed record SyncBlockReference(int Block, List<string> Services);

    private static IEnumerable<string> Files(string root, string folder, string pattern)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal) : [];
    }

    private static T Read<T>(string file) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(file), ContentJson.Options)
            ?? throw new InvalidOperationException($"{Path.GetFileName(file)} is empty.");

    private sealed record SyncEntry<TDocument>(string? Organisation, TDocument Document);
}
