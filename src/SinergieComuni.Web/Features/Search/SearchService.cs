using System.Data;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Services;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// Runs searches on the active index generation: text (through <see cref="ISearchIndex"/>), facet filters, age,
/// "aperto ora", distance and radius, sorting, paging, facet counts and snippets. All statements of one search read
/// the same snapshot, so a rebuild switching generations never shows a half-empty answer.
/// </summary>
public sealed class SearchService(SinergieDbContext db, ISearchIndex index, QueryPlanner planner, Taxonomy taxonomy, TimeProvider clock)
{
    /// <summary>Kilometres in a degree of latitude (mean Earth radius 6,371 km).</summary>
    public const double KmPerDegree = Math.PI * 6371.0 / 180.0;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginSnapshotAsync(cancellationToken);
        var generation = await ActiveGenerationAsync(cancellationToken);
        var plan = await planner.PlanAsync(request.Text, minimumPrefix: 3, cancellationToken);

        var context = new QueryContext(this, request, generation, plan?.Query, Now());
        var total = await context.Matching(null).CountAsync(cancellationToken);
        var anyWord = false;
        if (total == 0 && plan is { Query.Groups.Count: > 1 })
        {
            // Nothing has every word: show what has some of them, and say so.
            context = context with { Text = plan.AnyWord() };
            total = await context.Matching(null).CountAsync(cancellationToken);
            anyWord = total > 0;
        }

        var pageCount = Math.Max(1, (total + request.PageSize - 1) / request.PageSize);
        var page = request.Page == int.MaxValue ? pageCount : request.Page;
        var rows = total == 0 ? [] : await context.PageAsync(page, cancellationToken);
        var highlighter = plan is null ? Highlighter.None : new Highlighter(plan.HighlightTerms, plan.HighlightPrefixes);
        var items = await LoadItemsAsync(rows, request, highlighter, cancellationToken);
        var facets = request.IncludeFacets
            ? await context.FacetsAsync(cancellationToken)
            : new Dictionary<string, IReadOnlyList<FacetCount>>();

        await transaction.CommitAsync(cancellationToken);
        return new SearchResults(total, page, request.PageSize, items, facets, plan?.Corrections ?? [], anyWord);
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

        var request = new SearchRequest { Text = text, PageSize = limit, IncludeFacets = false, Sort = SearchSort.Relevance };
        await using var transaction = await BeginSnapshotAsync(cancellationToken);
        var plan = await planner.PlanAsync(text, minimumPrefix: 2, cancellationToken);
        if (plan is not null)
        {
            var context = new QueryContext(this, request, await ActiveGenerationAsync(cancellationToken), plan.Query, Now());
            var rows = await context.PageAsync(1, cancellationToken);
            var ids = rows.Select(r => r.Id).ToList();
            var titles = await db.SearchEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Title, e.Slug, e.ContentType }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var entry = titles.First(t => t.Id == row.Id);
                if (suggestions.Count < limit && suggestions.All(s => s.Text != entry.Title))
                {
                    suggestions.Add(new SearchSuggestion(entry.Title, "servizio", ContentTypeNames.PublicUrl(entry.ContentType, entry.Slug)));
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return suggestions;
    }

    internal DateTimeOffset Now() => clock.GetUtcNow();

    private SinergieDbContext Database => db;

    private ISearchIndex Index => index;

    private Taxonomy Vocabulary => taxonomy;

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

    private Task<int> ActiveGenerationAsync(CancellationToken cancellationToken) =>
        db.SearchState.AsNoTracking().Where(s => s.Id == 1).Select(s => s.ActiveGeneration).FirstAsync(cancellationToken);

    private async Task<List<SearchResultItem>> LoadItemsAsync(IReadOnlyList<PageRow> rows, SearchRequest request, Highlighter highlighter, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
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
                Municipalities = e.Facets.Where(f => f.Facet == SearchFacets.Municipality).Select(f => f.Value).ToList(),
                Locations = e.Locations.Select(l => new { l.Latitude, l.Longitude }).ToList(),
            })
            .AsSplitQuery()
            .ToDictionaryAsync(e => e.Id, cancellationToken);

        var municipalityTerms = await taxonomy.TermsAsync(Vocabularies.Municipality, cancellationToken);
        var items = new List<SearchResultItem>(rows.Count);
        foreach (var row in rows)
        {
            if (!entries.TryGetValue(row.Id, out var e))
            {
                continue;
            }

            var snippet = highlighter.Matches(e.Body) && !highlighter.Matches(e.Summary) ? highlighter.Snippet(e.Body)
                : e.Summary.Length > 0 ? highlighter.Mark(e.Summary)
                : highlighter.Snippet(e.Body);
            double? distance = request.HasPoint && e.Locations.Count > 0
                ? e.Locations.Min(l => DistanceKm(request.Latitude!.Value, request.Longitude!.Value, l.Latitude, l.Longitude))
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
                [.. municipalityTerms.Where(t => e.Municipalities.Contains(t.Key)).Select(t => t.Label)],
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

    internal sealed record PageRow(long Id, double Score);

    /// <summary>One search's filters over one generation; <see cref="Matching"/> leaves out one facet's own filter for its counts.</summary>
    private sealed record QueryContext(SearchService Service, SearchRequest Request, int Generation, TextQuery? Text, DateTimeOffset Now)
    {
        private SinergieDbContext Db => Service.Database;

        public IQueryable<SearchEntry> Matching(string? exceptFacet)
        {
            var request = Request;
            var generation = Generation;
            var scope = request.Scope;
            var types = request.ContentTypes.ToList();
            var entries = Db.SearchEntries.AsNoTracking().Where(e => e.Generation == generation && e.Scope == scope && types.Contains(e.ContentType));
            if (request.OrganisationId is { } organisation)
            {
                entries = entries.Where(e => e.OrganisationId == organisation);
            }

            if (Text is not null)
            {
                var hits = Service.Index.Match(Text).Select(h => h.EntryId);
                entries = entries.Where(e => hits.Contains(e.Id));
            }

            foreach (var (facet, values) in request.Facets)
            {
                if (facet != exceptFacet)
                {
                    var name = facet;
                    var selected = values.ToList();
                    entries = entries.Where(e => e.Facets.Any(f => f.Facet == name && selected.Contains(f.Value)));
                }
            }

            if (request.Age is { } age && exceptFacet != SearchFacets.Age)
            {
                entries = entries.Where(AgeOverlaps(age.From, age.To));
            }

            if (request.OpenNow && exceptFacet != SearchFacets.OpenNow)
            {
                entries = entries.Where(OpenAt(Now));
            }

            if (request is { HasPoint: true, RadiusKm: { } radius })
            {
                var latitude = request.Latitude!.Value;
                var longitude = request.Longitude!.Value;
                var scale = Math.Cos(latitude * Math.PI / 180.0);
                var degrees = radius / KmPerDegree;
                var squared = degrees * degrees;
                var longitudeDegrees = scale > 1e-6 ? degrees / scale : 360;
                entries = entries.Where(e => e.Locations.Any(l =>
                    l.Latitude >= latitude - degrees && l.Latitude <= latitude + degrees
                    && l.Longitude >= longitude - longitudeDegrees && l.Longitude <= longitude + longitudeDegrees
                    && ((l.Latitude - latitude) * (l.Latitude - latitude)) + ((l.Longitude - longitude) * scale * (l.Longitude - longitude) * scale) <= squared));
            }

            return entries;
        }

        public async Task<List<PageRow>> PageAsync(int page, CancellationToken cancellationToken)
        {
            var entries = Matching(null);
            var skip = (page - 1) * Request.PageSize;
            var take = Request.PageSize;
            var sort = Request.EffectiveSort;
            if (Text is null && sort == SearchSort.Relevance)
            {
                sort = Request.HasPoint ? SearchSort.Distance : SearchSort.Name;
            }

            if (sort == SearchSort.Distance && Request.HasPoint)
            {
                var latitude = Request.Latitude!.Value;
                var longitude = Request.Longitude!.Value;
                var scale = Math.Cos(latitude * Math.PI / 180.0);
                var rows = await entries
                    .Select(e => new
                    {
                        e.Id,
                        HasPlace = e.Locations.Any() ? 0 : 1,
                        Distance = e.Locations.Min(l => (double?)(((l.Latitude - latitude) * (l.Latitude - latitude)) + ((l.Longitude - longitude) * scale * (l.Longitude - longitude) * scale))),
                        e.SortTitle,
                    })
                    .OrderBy(r => r.HasPlace).ThenBy(r => r.Distance).ThenBy(r => r.SortTitle).ThenBy(r => r.Id)
                    .Skip(skip).Take(take)
                    .ToListAsync(cancellationToken);
                return [.. rows.Select(r => new PageRow(r.Id, 0))];
            }

            if (Text is not null && sort == SearchSort.Relevance)
            {
                var hits = Service.Index.Match(Text);
                var rows = await (from e in entries
                                  join h in hits on e.Id equals h.EntryId
                                  orderby h.Score descending, e.SortTitle, e.Id
                                  select new { e.Id, h.Score })
                    .Skip(skip).Take(take)
                    .ToListAsync(cancellationToken);
                return [.. rows.Select(r => new PageRow(r.Id, r.Score))];
            }

            var ordered = sort == SearchSort.Updated
                ? entries.OrderByDescending(e => e.UpdatedUtc).ThenBy(e => e.SortTitle).ThenBy(e => e.Id)
                : entries.OrderBy(e => e.SortTitle).ThenBy(e => e.Id);
            var ids = await ordered.Select(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
            return [.. ids.Select(id => new PageRow(id, 0))];
        }

        public async Task<Dictionary<string, IReadOnlyList<FacetCount>>> FacetsAsync(CancellationToken cancellationToken)
        {
            var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);

            // Facets without a selection all count over the same results: one grouped statement for them.
            var unselected = SearchFacets.ValueFacets.Select(f => f.Name).Where(f => !Request.Facets.ContainsKey(f)).ToList();
            if (unselected.Count > 0)
            {
                var ids = Matching(null).Select(e => e.Id);
                var rows = await Db.SearchFacetValues.AsNoTracking()
                    .Where(f => unselected.Contains(f.Facet) && ids.Contains(f.EntryId))
                    .GroupBy(f => new { f.Facet, f.Value })
                    .Select(g => new { g.Key.Facet, g.Key.Value, Count = g.Count() })
                    .ToListAsync(cancellationToken);
                foreach (var row in rows)
                {
                    Counts(counts, row.Facet)[row.Value] = row.Count;
                }
            }

            foreach (var facet in Request.Facets.Keys)
            {
                var name = facet;
                var ids = Matching(facet).Select(e => e.Id);
                var rows = await Db.SearchFacetValues.AsNoTracking()
                    .Where(f => f.Facet == name && ids.Contains(f.EntryId))
                    .GroupBy(f => f.Value)
                    .Select(g => new { Value = g.Key, Count = g.Count() })
                    .ToListAsync(cancellationToken);
                var target = Counts(counts, facet);
                foreach (var row in rows)
                {
                    target[row.Value] = row.Count;
                }
            }

            var facets = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
            foreach (var (facet, vocabulary) in SearchFacets.ValueFacets)
            {
                var found = Counts(counts, facet);
                var selected = Request.Values(facet);
                var terms = vocabulary is null
                    ? SearchFacets.CostValues
                    : [.. (await Service.Vocabulary.TermsAsync(vocabulary, cancellationToken)).Select(t => (t.Key, t.Label))];
                facets[facet] = [.. terms
                    .Where(t => found.ContainsKey(t.Item1) || selected.Contains(t.Item1))
                    .Select(t => new FacetCount(t.Item1, t.Item2, found.GetValueOrDefault(t.Item1), selected.Contains(t.Item1)))];
            }

            var ages = await Matching(SearchFacets.Age)
                .GroupBy(e => new { e.MinimumAge, e.MaximumAge })
                .Select(g => new { g.Key.MinimumAge, g.Key.MaximumAge, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var bands = SearchFacets.AgeBands.ToList();
            if (Request.Age is { } chosen && bands.All(b => b.Value != chosen.Value))
            {
                bands.Insert(0, chosen);
            }

            facets[SearchFacets.Age] = [.. bands.Select(b => new FacetCount(
                b.Value,
                b.Label,
                ages.Where(a => (a.MinimumAge ?? 0) <= b.To && (a.MaximumAge ?? int.MaxValue) >= b.From).Sum(a => a.Count),
                Request.Age?.Value == b.Value))];

            var openNow = await Matching(SearchFacets.OpenNow).Where(OpenAt(Now)).CountAsync(cancellationToken);
            facets[SearchFacets.OpenNow] = [new FacetCount("true", "Aperto ora", openNow, Request.OpenNow)];
            return facets;
        }

        private static Dictionary<string, int> Counts(Dictionary<string, Dictionary<string, int>> counts, string facet)
        {
            if (!counts.TryGetValue(facet, out var values))
            {
                counts[facet] = values = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            return values;
        }

        private static Expression<Func<SearchEntry, bool>> AgeOverlaps(int from, int to) =>
            e => (e.MinimumAge == null || e.MinimumAge <= to) && (e.MaximumAge == null || e.MaximumAge >= from);

        /// <summary>The same rule as <see cref="OpeningHoursCalculator.IsOpenAt"/>, in SQL: a date's exception replaces the weekly slots of its venue.</summary>
        private Expression<Func<SearchEntry, bool>> OpenAt(DateTimeOffset instant)
        {
            var local = TimeZoneInfo.ConvertTime(instant, RomeTime.Zone).DateTime;
            var today = DateOnly.FromDateTime(local);
            var day = (int)local.DayOfWeek;
            var seconds = SearchEntryBuilder.Seconds(TimeOnly.FromDateTime(local));
            var slots = Db.Set<SearchHoursSlot>();
            var exceptions = Db.Set<SearchHoursException>();
            return e =>
                slots.Any(s => s.EntryId == e.Id && s.Day == day && s.Opens <= seconds && seconds < s.Closes
                    && (s.ValidFrom == null || s.ValidFrom <= today) && (s.ValidTo == null || s.ValidTo >= today)
                    && !exceptions.Any(x => x.EntryId == e.Id && x.Venue == s.Venue && x.Date == today))
                || exceptions.Any(x => x.EntryId == e.Id && x.Date == today && x.Opens != null && x.Opens <= seconds && seconds < x.Closes
                    && (x.ValidFrom == null || x.ValidFrom <= today) && (x.ValidTo == null || x.ValidTo >= today));
        }
    }
}

/// <summary>An autocomplete suggestion: <see cref="Kind"/> is "categoria" or "servizio"; <see cref="Url"/> is where picking it leads.</summary>
public sealed record SearchSuggestion(string Text, string Kind, string Url);
