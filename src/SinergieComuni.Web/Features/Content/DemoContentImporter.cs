using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Content;

/// <summary>On first start (no pages yet) imports the pages kept as files under sync/content/pages.</summary>
public sealed class DemoContentImporter(IOptions<AppOptions> options, IHostEnvironment environment, ILogger<DemoContentImporter> logger) : IDataSeeder
{
    public int Order => 100;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!options.Value.ImportDemoContent)
        {
            return;
        }

        var db = services.GetRequiredService<SinergieDbContext>();
        if (await db.Pages.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = Path.Combine(options.Value.ResolveSyncPath(environment.ContentRootPath), "content", "pages");
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Demo content folder {Folder} not found: the site starts without pages", folder);
            return;
        }

        var now = DateTime.UtcNow;
        foreach (var file in Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal))
        {
            var page = SyncPageFile.Parse(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file));
            db.Pages.Add(new ContentPage
            {
                Slug = page.Slug,
                Title = page.Title,
                Summary = page.Summary,
                BodyHtml = page.BodyHtml,
                SortOrder = page.SortOrder,
                CreatedUtc = now,
                UpdatedUtc = now,
                PublishedUtc = now,
            });
        }

        var count = await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Imported {Count} demo pages from {Folder}", count, folder);
    }
}
