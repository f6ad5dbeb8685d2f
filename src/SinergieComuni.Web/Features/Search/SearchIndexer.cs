using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// Keeps the indexes in step with the workflow: called inside every change's transaction, it rewrites the item's
/// public entry (its published version, or none) and drafts entry (its latest version) in the active generation and,
/// during a rebuild, in the one being built. Taking the state row first orders it with rebuild batches.
/// </summary>
public sealed class SearchIndexer(SinergieDbContext db, SearchEntryBuilder builder, ISearchIndex index) : IContentChangeObserver
{
    public async Task OnItemChangedAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var state = await LockStateAsync(cancellationToken);
        db.SearchChanges.Add(new SearchChange { Counter = state.ChangeCounter, ItemId = item.Id });
        await db.SaveChangesAsync(cancellationToken);
        if (state.ChangeCounter % 500 == 0)
        {
            var old = state.ChangeCounter - SearchCatalogue.MaxIncrementalChanges;
            await db.SearchChanges.Where(c => c.Counter < old).ExecuteDeleteAsync(cancellationToken);
        }

        await IndexAsync([item], Generations(state), knownWords: null, cancellationToken);
    }

    /// <summary>Bumps the change counter (which locks the state row until commit) and reads the state.</summary>
    public async Task<SearchState> LockStateAsync(CancellationToken cancellationToken)
    {
        await db.SearchState.Where(s => s.Id == 1)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ChangeCounter, x => x.ChangeCounter + 1), cancellationToken);
        return await db.SearchState.AsNoTracking().FirstAsync(s => s.Id == 1, cancellationToken);
    }

    public static IReadOnlyList<int> Generations(SearchState state) =>
        state.BuildingGeneration is { } building ? [state.ActiveGeneration, building] : [state.ActiveGeneration];

    /// <summary>Replaces the entries of <paramref name="items"/> in the given generations. Returns the number of entries written.</summary>
    public async Task<int> IndexAsync(IReadOnlyList<ContentItem> items, IReadOnlyList<int> generations, HashSet<string>? knownWords, CancellationToken cancellationToken)
    {
        var built = await BuildAsync(items, generations, knownWords, cancellationToken);
        await WriteAsync(built, cancellationToken);
        return built.Entries.Count;
    }

    /// <summary>Entries built for some items and generations, not written yet.</summary>
    public sealed record Built(IReadOnlyList<Guid> ItemIds, IReadOnlyList<int> Generations, IReadOnlyList<SearchEntry> Entries, IReadOnlyDictionary<string, string> Words);

    /// <summary>Replaces the items' entries in the generations with the built ones.</summary>
    public async Task WriteAsync(Built built, CancellationToken cancellationToken)
    {
        var ids = built.ItemIds;
        var generations = built.Generations;

        // Only entries that exist are deleted: in a rebuild most batches have none yet, and five empty deletes each add up.
        var existing = await db.SearchEntries.Where(e => ids.Contains(e.ItemId) && generations.Contains(e.Generation)).Select(e => e.Id).ToListAsync(cancellationToken);
        if (existing.Count > 0)
        {
            await DeleteEntriesAsync(db.SearchEntries.Where(e => existing.Contains(e.Id)), cancellationToken);
        }

        await index.InsertEntriesAsync(built.Entries, cancellationToken);
        if (built.Words.Count > 0)
        {
            await index.AddWordsAsync([.. built.Words.Select(w => (w.Key, w.Value))], cancellationToken);
        }
    }

    /// <summary>Reads the items' published and latest versions and builds their entries (words already in <paramref name="knownWords"/> are left out).</summary>
    public async Task<Built> BuildAsync(IReadOnlyList<ContentItem> items, IReadOnlyList<int> generations, HashSet<string>? knownWords, CancellationToken cancellationToken)
    {
        var live = items.Where(i => !i.IsDeleted).ToDictionary(i => i.Id);
        var liveIds = live.Keys.ToList();
        var versions = await (
                from version in db.ContentVersions.AsNoTracking()
                join item in db.ContentItems.AsNoTracking() on version.ItemId equals item.Id
                where liveIds.Contains(item.Id) && (version.Number == item.LatestVersion || version.Number == item.PublishedVersion)
                select new { version.ItemId, version.Number, version.DataJson, version.CreatedUtc })
            .ToListAsync(cancellationToken);

        var entries = new List<SearchEntry>();
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var version in versions)
        {
            var item = live[version.ItemId];
            var type = ContentTypes.Find(item.ContentType);
            if (type is null)
            {
                continue;
            }

            var document = (IContentDocument)ContentJson.Deserialize(version.DataJson, type.DocumentType);
            var scopes = new List<SearchScope>();
            var covers = version.Number == item.PublishedVersion && item.PublishedVersion == item.LatestVersion;
            if (version.Number == item.PublishedVersion)
            {
                scopes.Add(SearchScope.Public);
            }

            if (version.Number == item.LatestVersion && !covers)
            {
                scopes.Add(SearchScope.Drafts);
            }

            SearchEntry? built = null;
            foreach (var scope in scopes)
            {
                var updated = scope == SearchScope.Public ? item.PublishedUtc ?? item.UpdatedUtc : item.UpdatedUtc;
                built ??= await builder.BuildAsync(item, document, scope, generations[0], updated, cancellationToken);

                // The backoffice search has text and no filters: its entries need no facet, place or hours rows.
                var entry = scope == SearchScope.Public ? built : Copy(built, generations[0], scope, updated, withRows: false);
                entry.CoversDrafts = covers;
                entries.Add(entry);
                entries.AddRange(generations.Skip(1).Select(g => Copy(entry, g, entry.Scope, entry.UpdatedUtc)));
                if (scope == SearchScope.Public)
                {
                    foreach (var (word, term) in SearchEntryBuilder.Words(entry))
                    {
                        if (knownWords is null || knownWords.Add(word))
                        {
                            words.TryAdd(word, term);
                        }
                    }
                }
            }
        }

        return new Built([.. items.Select(i => i.Id)], generations, entries, words);
    }

    /// <summary>Deletes entries and their rows (explicitly, so that no database setting about cascades matters).</summary>
    public async Task DeleteEntriesAsync(IQueryable<SearchEntry> doomed, CancellationToken cancellationToken)
    {
        var ids = doomed.Select(e => e.Id);
        await db.Set<SearchFacetValue>().Where(f => ids.Contains(f.EntryId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<SearchLocation>().Where(f => ids.Contains(f.EntryId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<SearchHoursSlot>().Where(f => ids.Contains(f.EntryId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<SearchHoursException>().Where(f => ids.Contains(f.EntryId)).ExecuteDeleteAsync(cancellationToken);
        await doomed.ExecuteDeleteAsync(cancellationToken);
    }

    private static SearchEntry Copy(SearchEntry entry, int generation, SearchScope scope, DateTime updatedUtc, bool withRows = true) => new()
    {
        Generation = generation,
        Scope = scope,
        CoversDrafts = entry.CoversDrafts,
        ItemId = entry.ItemId,
        ContentType = entry.ContentType,
        Slug = entry.Slug,
        Title = entry.Title,
        Summary = entry.Summary,
        Body = entry.Body,
        Category = entry.Category,
        TagText = entry.TagText,
        TitleTerms = entry.TitleTerms,
        TagTerms = entry.TagTerms,
        SummaryTerms = entry.SummaryTerms,
        BodyTerms = entry.BodyTerms,
        SortTitle = entry.SortTitle,
        MinimumAge = entry.MinimumAge,
        MaximumAge = entry.MaximumAge,
        OrganisationId = entry.OrganisationId,
        UpdatedUtc = updatedUtc,
        Facets = withRows ? [.. entry.Facets.Select(f => new SearchFacetValue { Facet = f.Facet, Value = f.Value })] : [],
        Locations = withRows ? [.. entry.Locations.Select(l => new SearchLocation { Venue = l.Venue, Latitude = l.Latitude, Longitude = l.Longitude, Municipality = l.Municipality })] : [],
        Slots = withRows ? [.. entry.Slots.Select(s => new SearchHoursSlot { Venue = s.Venue, Index = s.Index, Day = s.Day, Opens = s.Opens, Closes = s.Closes, ValidFrom = s.ValidFrom, ValidTo = s.ValidTo })] : [],
        Exceptions = withRows ? [.. entry.Exceptions.Select(x => new SearchHoursException { Venue = x.Venue, Date = x.Date, Opens = x.Opens, Closes = x.Closes, ValidFrom = x.ValidFrom, ValidTo = x.ValidTo })] : [],
    };
}
