using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// A database that had content before the search index existed (an upgrade) gets its first index at start-up;
/// afterwards the workflow keeps it in step and rebuilds are asked for explicitly.
/// </summary>
public sealed class SearchIndexSeeder(SinergieDbContext db, SearchRebuilder rebuilder) : IDataSeeder
{
    public int Order => 200;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var state = await db.SearchState.AsNoTracking().FirstAsync(s => s.Id == 1, cancellationToken);
        if (state.LastBuildFinishedUtc is null && !await db.SearchEntries.AnyAsync(cancellationToken)
            && await db.ContentItems.AnyAsync(i => i.DeletedUtc == null, cancellationToken))
        {
            await rebuilder.RebuildAsync(progress: null, cancellationToken);
        }
    }
}
