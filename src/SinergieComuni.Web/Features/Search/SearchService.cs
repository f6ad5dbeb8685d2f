using System.Data;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// Runs searches on the active index generation. The public search asks the full-text index (<see cref="ISearchIndex"/>)
/// for the matching entries and does filters, facet counts, scoring, sorting and distance over the in-memory
/// <see cref="SearchCatalogue"/>; the backoffice search over drafts is SQL throughout. All statements of one search
/// read the same snapshot, so a rebuild switching generations never shows a half-empty answer.
/// </summary>
public sealed class SearchService(SinergieDbContext db, ISearchIndex index, QueryPlanner planner, SearchCatalogue catalogue, SearchMatchCache matches, Taxonomy taxonomy, TimeProvider clock)
{
    /// <summary>Kilometres in a degree of latitude (mean Earth radius 6,371 km).</summary>
    public const double KmPerDegree = Math.PI * 6371.0 / 180.0;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginSnapshotAsync(cancellationToken);
        var plan = await planner.PlanAsync(request.Text, minimumPrefix: 3, cancellationToken);
        var results = request.Scope == SearchScope.Public
            ? await SearchPublicAsync(request, plan, cancellationToken)
            : await SearchDraftsAsync(request, plan, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    /// <summary>Suggestions as you type: matching categories, then titles of published services.</summary>
    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string? text, int limit, CancellationToken cancellationToken)
    {
        var words = ItalianAnalyzer.Words(text).Where(w => !ItalianAnalyzer.IsStopWord(w)).Take(QueryPlanner.MaxWords).ToList();
        if (words.Count == 0 || words.Sum(w => w.Length) < 2)
        {
            return [];
        }

        var suggestions = new List<SearchSuggestion>();
        foreach (var category in await taxonomy.TermsAsync(Vocabularies.Category, cancellationToken))
        {
            var labelWords = ItalianAnalyzer.Words(category.Label).ToList();
            if (words.All(w => labelWords.Any(l => l.StartsWith(w, StringComparison.Ordinal))) && suggestions.Count < 3)
            {
                suggestions.Add(new SearchSuggestion(category.Label, "categoria", $"/servizi?categoria={Uri.EscapeDataString(category.Key)}"));
            }
        }

        await using var transaction = await BeginSnapshotAsync(cancellationToken);
        var plan = await planner.PlanAsync(text, minimumPrefix: 2, cancellationToken);
        if (plan is not null)
        {
            var request = new SearchRequest { Text = text, PageSize = limit, IncludeFacets = false, Sort = SearchSort.Relevance };
            var results = await SearchPublicAsync(request, plan, cancellationToken);
            foreach (var item in results.Items)
            {
                if (suggestions.Count < limit && suggestions.All(s => s.Text != item.Title))
                {
                    suggestions.Add(new SearchSuggestion(item.Title, "servizio", item.Url));
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return suggestions;
    }

    private async Task<SearchResults> SearchPublicAsync(SearchRequest request, PlannedQuery? plan, CancellationToken cancellationToken)
    {
        var search = await ResolveAsync(request, plan, cancellationToken);
        var outcome = search.Query.Run(search.Candidates, 1);
        var pageCount = Math.Max(1, (outcome.Total + request.PageSize - 1) / request.PageSize);
        var page = Math.Min(request.Page, request.Page == int.MaxValue ? pageCount : request.Page);
        if (page > 1)
        {
            outcome = search.Query.Run(search.Candidates, page);
        }

        var highlighter = plan is null ? Highlighter.None : new Highlighter(plan.HighlightTerms, plan.HighlightPrefixes);
        var items = await LoadItemsAsync([.. outcome.Page.Select(p => p.Id)], request, highlighter, cancellationToken);
        var facets = request.IncludeFacets ? await FacetsAsync(request, search.Snapshot, outcome, cancellationToken) : new Dictionary<string, IReadOnlyList<FacetCount>>();
        return new SearchResults(outcome.Total, page, request.PageSize, items, facets, plan?.Corrections ?? [], search.AnyWord && outcome.Total > 0);
    }

    /// <summary>
    /// Every public item the map shows for a request: the same search as the list (any-word fallback included), all
    /// of it, no page.
    /// </summary>
    public async Task<(IReadOnlyList<CatalogueEntry> Entries, DateTimeOffset Now)> MapAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginSnapshotAsync(cancellationToken);
        var plan = await planner.PlanAsync(request.Text, minimumPrefix: 3, cancellationToken);
        var search = await ResolveAsync(request, plan, cancellationToken);
        var outcome = search.Query.Run(search.Candidates, 1, collect: true);
        await transaction.CommitAsync(cancellationToken);
        return (outcome.All!, search.Query.At);
    }

    /// <summary>The public search settled: its catalogue, its query and the entries it may consider.</summary>
    private sealed record Resolved(SearchCatalogue.Snapshot Snapshot, CatalogueQuery Query, IReadOnlyCollection<long>? Candidates, bool AnyWord);

    /// <summary>
    /// Reads the state in this snapshot, asks the text and spatial indexes, and falls back to any of the words when no
    /// card of the requested types has them all. Filters are never relaxed: when the words are found but not with the
    /// chosen filters, the facet counts show where they are.
    /// </summary>
    private async Task<Resolved> ResolveAsync(SearchRequest request, PlannedQuery? plan, CancellationToken cancellationToken)
    {
        var state = await db.SearchState.AsNoTracking().Where(s => s.Id == 1).Select(s => new { s.ActiveGeneration, s.ChangeCounter }).FirstAsync(cancellationToken);
        var snapshot = await catalogue.GetAsync(db, state.ActiveGeneration, state.ChangeCounter, cancellationToken);
        var near = await NearAsync(request, cancellationToken);
        var query = new CatalogueQuery(request, snapshot, plan?.Query, Now());
        if (plan is null)
        {
            return new Resolved(snapshot, query, near, false);
        }

        var matched = await MatchAsync(plan.Query, state.ActiveGeneration, state.ChangeCounter, cancellationToken);
        if (plan.Query.Groups.Count > 1 && !query.AnyOfRequestedTypes(matched))
        {
            var anyWord = plan.AnyWord();
            return new Resolved(
                snapshot,
                new CatalogueQuery(request, snapshot, anyWord, query.At),
                Within(await MatchAsync(anyWord, state.ActiveGeneration, state.ChangeCounter, cancellationToken), near),
                true);
        }

        return new Resolved(snapshot, query, Within(matched, near), false);
    }

    /// <summary>The entries with a venue in the request's box, or in the box around its circle, from the spatial index.</summary>
    private async Task<HashSet<long>?> NearAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var area = request.Bounds
            ?? (request is { HasPoint: true, RadiusKm: { } radius } ? GeoBox.Around(request.Latitude!.Value, request.Longitude!.Value, radius) : null);
        return area is { } box ? await index.WithinAsync(box, cancellationToken) : null;
    }

    private static IReadOnlyCollection<long> Within(IReadOnlyCollection<long> matched, HashSet<long>? near) =>
        near is null ? matched : [.. matched.Where(near.Contains)];

    private Task<IReadOnlyCollection<long>> MatchAsync(TextQuery text, int generation, long counter, CancellationToken cancellationToken) =>
        matches.GetAsync(generation, counter, text, () => index.MatchIdsAsync(text, generation, cancellationToken));

    private async Task<Dictionary<string, IReadOnlyList<FacetCount>>> FacetsAsync(SearchRequest request, SearchCatalogue.Snapshot snapshot, CatalogueQuery.Outcome outcome, CancellationToken cancellationToken)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var (facet, vocabulary) in SearchFacets.ValueFacets)
        {
            var selected = request.Values(facet);
            var terms = vocabulary is null
                ? SearchFacets.CostValues
                : [.. (await taxonomy.TermsAsync(vocabulary, cancellationToken)).Select(t => (t.Key, t.Label))];
            facets[facet] = [.. terms
                .Select(t => new FacetCount(t.Item1, t.Item2, snapshot.Values.Find(facet, t.Item1) is { } id ? outcome.ValueCounts[id] : 0, selected.Contains(t.Item1)))
                .Where(f => f.Count > 0 || f.Selected)];
        }

        var bands = SearchFacets.AgeBands.Select((b, i) => new FacetCount(b.Value, b.Label, outcome.AgeCounts[i], request.Age?.Value == b.Value)).ToList();
        if (request.Age is { } chosen && bands.TrueForAll(b => b.Value != chosen.Value))
        {
            bands.Insert(0, new FacetCount(chosen.Value, chosen.Label, outcome.AgeCounts[^1], true));
        }

        facets[SearchFacets.Age] = bands;
        facets[SearchFacets.OpenNow] = [new FacetCount("true", "Aperto ora", outcome.OpenCount, request.OpenNow)];
        return facets;
    }

    /// <summary>The backoffice index: text, content types and organisation, in SQL.</summary>
    private async Task<SearchResults> SearchDraftsAsync(SearchRequest request, PlannedQuery? plan, CancellationToken cancellationToken)
    {
        var generation = await db.SearchState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.ActiveGeneration).FirstAsync(cancellationToken);
        var context = new QueryContext(this, request, generation, plan?.Query);
        var total = await context.Matching().CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + request.PageSize - 1) / request.PageSize);
        var page = Math.Min(request.Page, pageCount);
        var rows = total == 0 ? [] : await context.PageAsync(page, cancellationToken);
        var highlighter = plan is null ? Highlighter.None : new Highlighter(plan.HighlightTerms, plan.HighlightPrefixes);
        var items = await LoadItemsAsync(rows, request, highlighter, cancellationToken);
        return new SearchResults(total, page, request.PageSize, items, new Dictionary<string, IReadOnlyList<FacetCount>>(), plan?.Corrections ?? [], false);
    }

    internal DateTimeOffset Now() => clock.GetUtcNow();

    private SinergieDbContext Database => db;

    private ISearchIndex Index => index;

    /// <summary>
    /// A read-only snapshot: REPEATABLE READ on PostgreSQL; on SQLite a deferred transaction (the provider's default
    /// BEGIN IMMEDIATE would take the write lock and make searches queue behind each other and behind writers).
    /// </summary>
    private async Task<ReadSnapshot> BeginSnapshotAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return new ReadSnapshot(await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken), null);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = ((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        var used = await db.Database.UseTransactionAsync(sqlite, cancellationToken)
            ?? throw new InvalidOperationException("The SQLite transaction was not taken up.");
        return new ReadSnapshot(used, sqlite);
    }

    private sealed class ReadSnapshot(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, System.Data.Common.DbTransaction? owned) : IAsyncDisposable
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    private async Task<List<SearchResultItem>> LoadItemsAsync(IReadOnlyList<long> ids, SearchRequest request, Highlighter highlighter, CancellationToken cancellationToken)
    {
        var entries = await db.SearchEntries.AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                e.ItemId,
                e.ContentType,
                e.Slug,
                e.Title,
                e.Summary,
                e.Body,
                e.Category,
                e.UpdatedUtc,
            })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var municipalities = (await db.Set<SearchFacetValue>().AsNoTracking()
                .Where(f => ids.Contains(f.EntryId) && f.Facet == SearchFacets.Municipality)
                .Select(f => new { f.EntryId, f.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(f => f.EntryId, f => f.Value);
        var locations = (await db.Set<SearchLocation>().AsNoTracking()
                .Where(l => ids.Contains(l.EntryId))
                .Select(l => new { l.EntryId, l.Latitude, l.Longitude })
                .ToListAsync(cancellationToken))
            .ToLookup(l => l.EntryId);

        var municipalityTerms = await taxonomy.TermsAsync(Vocabularies.Municipality, cancellationToken);
        var items = new List<SearchResultItem>(ids.Count);
        foreach (var id in ids)
        {
            if (!entries.TryGetValue(id, out var e))
            {
                continue;
            }

            // The body only when it has a match the short description lacks; each text is read once.
            var summary = highlighter.Read(e.Summary);
            var body = summary.Any ? null : highlighter.Read(e.Body);
            var snippet = body is null || (e.Summary.Length > 0 && !body.Any) ? summary.Whole() : body.Snippet();
            double? distance = request.HasPoint && locations[id].Any()
                ? locations[id].Min(l => DistanceKm(request.Latitude!.Value, request.Longitude!.Value, l.Latitude, l.Longitude))
                : null;
            items.Add(new SearchResultItem(
                e.ItemId,
                e.ContentType,
                e.Title,
                highlighter.Mark(e.Title),
                e.Slug,
                ContentTypeNames.PublicUrl(e.ContentType, e.Slug),
                e.Summary,
                snippet,
                e.Category,
                e.Category.Length == 0 ? "" : await taxonomy.LabelAsync(Vocabularies.Category, e.Category, cancellationToken),
                [.. municipalityTerms.Where(t => municipalities[id].Contains(t.Key)).Select(t => t.Label)],
                distance is { } d ? Math.Round(d, 2) : null,
                e.UpdatedUtc));
        }

        return items;
    }

    /// <summary>
    /// Distance on the equirectangular projection centred on the point: the same formula filters, sorts (in SQL,
    /// with arithmetic only) and is shown; within the district it differs from the great circle by far less than a metre.
    /// </summary>
    public static double DistanceKm(double latitude, double longitude, double otherLatitude, double otherLongitude)
    {
        var scale = Math.Cos(latitude * Math.PI / 180.0);
        var dy = otherLatitude - latitude;
        var dx = (otherLongitude - longitude) * scale;
        return Math.Sqrt((dy * dy) + (dx * dx)) * KmPerDegree;
    }

    /// <summary>The backoffice search's filters over one generation, in SQL.</summary>
    private sealed record QueryContext(SearchService Service, SearchRequest Request, int Generation, TextQuery? Text)
    {
        public IQueryable<SearchEntry> Matching()
        {
            var generation = Generation;
            var scope = Request.Scope;
            var types = Request.ContentTypes.ToList();
            var entries = Service.Database.SearchEntries.AsNoTracking().Where(e => e.Generation == generation && (e.Scope == scope || (scope == SearchScope.Drafts && e.CoversDrafts)) && types.Contains(e.ContentType));
            if (Request.OrganisationId is { } organisation)
            {
                entries = entries.Where(e => e.OrganisationId == organisation);
            }

            if (Text is not null)
            {
                var hits = Service.Index.Match(Text, Request.Scope).Select(h => h.EntryId);
                entries = entries.Where(e => hits.Contains(e.Id));
            }

            return entries;
        }

        public async Task<List<long>> PageAsync(int page, CancellationToken cancellationToken)
        {
            var entries = Matching();
            var skip = (page - 1) * Request.PageSize;
            var take = Request.PageSize;
            if (Text is not null && Request.EffectiveSort == SearchSort.Relevance)
            {
                var hits = Service.Index.Match(Text, Request.Scope);
                return await (from e in entries
                              join h in hits on e.Id equals h.EntryId
                              orderby h.Score descending, e.SortTitle, e.Id
                              select e.Id)
                    .Skip(skip).Take(take)
                    .ToListAsync(cancellationToken);
            }

            var ordered = Request.EffectiveSort == SearchSort.Updated
                ? entries.OrderByDescending(e => e.UpdatedUtc).ThenBy(e => e.SortTitle).ThenBy(e => e.Id)
                : entries.OrderBy(e => e.SortTitle).ThenBy(e => e.Id);
            return await ordered.Select(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        }
    }
}

/// <summary>An autocomplete suggestion: <see cref="Kind"/> is "categoria" or "servizio"; <see cref="Url"/> is where picking it leads.</summary>
public sealed record SearchSuggestion(string Text, string Kind, string Url);
