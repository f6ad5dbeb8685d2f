using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Services;

/// <summary>Imports sync/taxonomy into a database without terms (before the demo content, which uses them).</summary>
public sealed class TaxonomyImporter(IOptions<AppOptions> options, IHostEnvironment environment) : IDataSeeder
{
    public int Order => 50;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<SinergieDbContext>();
        if (await db.TaxonomyTerms.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = Path.Combine(options.Value.ResolveSyncPath(environment.ContentRootPath), "taxonomy");
        foreach (var (vocabulary, file) in Vocabularies.Files)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                continue;
            }

            var terms = JsonSerializer.Deserialize<List<SyncTerm>>(await File.ReadAllTextAsync(path, cancellationToken), ContentJson.Options) ?? [];
            db.TaxonomyTerms.AddRange(terms.Select((t, index) => new TaxonomyTerm
            {
                Vocabulary = vocabulary,
                Key = t.Key,
                Label = t.Label,
                SortOrder = index,
                Latitude = t.Lat,
                Longitude = t.Lng,
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record SyncTerm(string Key, string Label, double? Lat, double? Lng);
}
