using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Search;

/// <summary>Imports sync/taxonomy/synonyms.json into a database that has no synonym groups.</summary>
public sealed class SynonymImporter(IOptions<AppOptions> options, IHostEnvironment environment, TimeProvider clock) : IDataSeeder
{
    public int Order => 60;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<SinergieDbContext>();
        var file = Path.Combine(options.Value.ResolveSyncPath(environment.ContentRootPath), "taxonomy", "synonyms.json");
        if (!File.Exists(file) || await db.SynonymGroups.AnyAsync(cancellationToken))
        {
            return;
        }

        var groups = JsonSerializer.Deserialize<List<string>>(await File.ReadAllTextAsync(file, cancellationToken)) ?? [];
        db.SynonymGroups.AddRange(groups.Select(g => new SynonymGroup { Phrases = g, UpdatedUtc = clock.GetUtcNow().UtcDateTime, UpdatedBy = "Importazione da sync/" }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
