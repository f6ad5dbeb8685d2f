using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// Filters, facet counts, scoring, sorting and paging of the public search over a <see cref="SearchCatalogue.Snapshot"/>,
/// given the ids the full-text index matched. Facet counts are disjunctive: a facet's values are counted with every
/// other filter applied and its own left out, so each count is what choosing that value would give.
/// </summary>
public sealed class CatalogueQuery
{
    private const int Age = -1;
    private const int Open = -2;

    private readonly SearchRequest _request;
    private readonly SearchCatalogue.Snapshot _catalogue;
    private readonly TextQuery? _text;
    private readonly DateOnly _today;
    private readonly int _day;
    private readonly int _seconds;

    public CatalogueQuery(SearchRequest request, SearchCatalogue.Snapshot catalogue, TextQuery? text, DateTimeOffset now)
    {
        _request = request;
        _catalogue = catalogue;
        _text = text;
        var local = TimeZoneInfo.ConvertTime(now, RomeTime.Zone).DateTime;
        _today = DateOnly.FromDateTime(local);
        _day = (int)local.DayOfWeek;
        _seconds = SearchEntryBuilder.Seconds(TimeOnly.FromDateTime(local));
    }

    public sealed record Outcome(int Total, IReadOnlyList<(long Id, double? DistanceKm)> Page, int[] ValueCounts, int[] AgeCounts, int OpenCount);

    /// <param name="matched">Entry ids the text matched, or null without a text.</param>
    public Outcome Run(IReadOnlyCollection<long>? matched, int page)
    {
        var request = _request;
        var types = request.ContentTypes;
        var values = _catalogue.Values;

        // Filters that counts leave out one at a time: selected facet values (as ids), age, "aperto ora".
        var dimensions = new List<(int Key, bool[]? Selected)>();
        var facetIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (facet, selected) in request.Facets)
        {
            var mask = new bool[values.All.Length];
            foreach (var value in selected)
            {
                if (values.Find(facet, value) is { } id)
                {
                    mask[id] = true;
                }
            }

            facetIndex[facet] = dimensions.Count;
            dimensions.Add((dimensions.Count, mask));
        }

        if (request.Age is not null)
        {
            dimensions.Add((Age, null));
        }

        if (request.OpenNow)
        {
            dimensions.Add((Open, null));
        }

        var facetOfValue = values.All.Select(v => facetIndex.TryGetValue(v.Facet, out var d) ? d : -1).ToArray();
        var valueCounts = new int[values.All.Length];
        var ageCounts = new int[SearchFacets.AgeBands.Count + 1];
        var openCount = 0;
        var hits = new List<Candidate>();

        IEnumerable<CatalogueEntry> candidates = matched is null
            ? _catalogue.Entries
            : matched.Select(id => _catalogue.ById.GetValueOrDefault(id)).OfType<CatalogueEntry>();
        var point = request.HasPoint ? (request.Latitude!.Value, request.Longitude!.Value) : ((double, double)?)null;
        foreach (var entry in candidates)
        {
            if (!types.Contains(entry.ContentType))
            {
                continue;
            }

            double? distance = point is { } p && entry.Locations.Length > 0
                ? entry.Locations.Min(l => SearchService.DistanceKm(p.Item1, p.Item2, l.Latitude, l.Longitude))
                : null;
            if (point is not null && request.RadiusKm is { } radius && !(distance <= radius))
            {
                continue;
            }

            var failed = int.MinValue;
            var failures = 0;
            bool? open = null;
            foreach (var (key, selected) in dimensions)
            {
                var passes = key switch
                {
                    Age => AgeOverlaps(entry, request.Age!.From, request.Age.To),
                    Open => open ??= entry.IsOpenAt(_today, _day, _seconds),
                    _ => Array.Exists(entry.FacetValueIds, v => selected![v]),
                };
                if (!passes)
                {
                    failed = key;
                    if (++failures > 1)
                    {
                        break;
                    }
                }
            }

            if (failures > 1)
            {
                continue;
            }

            foreach (var v in entry.FacetValueIds)
            {
                if (failures == 0 || facetOfValue[v] == failed)
                {
                    valueCounts[v]++;
                }
            }

            if (failures == 0 || failed == Age)
            {
                for (var b = 0; b < SearchFacets.AgeBands.Count; b++)
                {
                    ageCounts[b] += AgeOverlaps(entry, SearchFacets.AgeBands[b].From, SearchFacets.AgeBands[b].To) ? 1 : 0;
                }

                if (request.Age is { } chosen)
                {
                    ageCounts[^1] += AgeOverlaps(entry, chosen.From, chosen.To) ? 1 : 0;
                }
            }

            if ((failures == 0 || failed == Open) && (open ??= entry.IsOpenAt(_today, _day, _seconds)))
            {
                openCount++;
            }

            if (failures == 0)
            {
                hits.Add(new Candidate(entry, _text is null ? 0 : Score(entry, _text), distance));
            }
        }

        var skip = (long)(page - 1) * request.PageSize;
        var rows = skip >= hits.Count
            ? []
            : Top(hits, (int)Math.Min(hits.Count, skip + request.PageSize), Comparer()).Skip((int)skip).Select(c => (c.Entry.Id, c.Distance)).ToList();
        return new Outcome(hits.Count, rows, valueCounts, ageCounts, openCount);
    }

    /// <summary>Title 8, category and topics 4, short description 2, elsewhere 1, for each group of the query.</summary>
    public static int Score(CatalogueEntry entry, TextQuery text)
    {
        var score = 0;
        foreach (var group in text.Groups)
        {
            var best = 1;
            foreach (var alternative in group)
            {
                best = Math.Max(best, In(entry.TitleTerms, alternative) ? 8 : In(entry.TagTerms, alternative) ? 4 : In(entry.SummaryTerms, alternative) ? 2 : 1);
            }

            score += best;
        }

        return score;
    }

    private static bool In(string[] terms, QueryAlternative alternative)
    {
        if (alternative.Prefix)
        {
            var prefix = alternative.Terms[0];
            return Array.Exists(terms, t => t.StartsWith(prefix, StringComparison.Ordinal));
        }

        foreach (var term in alternative.Terms)
        {
            if (Array.IndexOf(terms, term) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AgeOverlaps(CatalogueEntry entry, int from, int to) =>
        (entry.MinimumAge ?? 0) <= to && (entry.MaximumAge ?? int.MaxValue) >= from;

    private IComparer<Candidate> Comparer()
    {
        var sort = _request.EffectiveSort;
        if (_text is null && sort == SearchSort.Relevance)
        {
            sort = _request.HasPoint ? SearchSort.Distance : SearchSort.Name;
        }

        if (sort == SearchSort.Distance && !_request.HasPoint)
        {
            sort = SearchSort.Name;
        }

        return Comparer<Candidate>.Create(sort switch
        {
            SearchSort.Relevance => (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : ByName(a, b),
            SearchSort.Updated => (a, b) => b.Entry.UpdatedUtc != a.Entry.UpdatedUtc ? b.Entry.UpdatedUtc.CompareTo(a.Entry.UpdatedUtc) : ByName(a, b),
            SearchSort.Distance => (a, b) => (a.Distance, b.Distance) switch
            {
                (null, null) => ByName(a, b),
                (null, _) => 1,
                (_, null) => -1,
                var (x, y) => x != y ? x.Value.CompareTo(y.Value) : ByName(a, b),
            },
            _ => ByName,
        });
    }

    private static int ByName(Candidate a, Candidate b)
    {
        var byTitle = string.CompareOrdinal(a.Entry.SortTitle, b.Entry.SortTitle);
        return byTitle != 0 ? byTitle : a.Entry.Id.CompareTo(b.Entry.Id);
    }

    /// <summary>The first <paramref name="count"/> in order, without sorting everything (a bounded heap).</summary>
    private static List<Candidate> Top(List<Candidate> all, int count, IComparer<Candidate> comparer)
    {
        if (count * 8 >= all.Count)
        {
            all.Sort(comparer);
            return all.GetRange(0, count);
        }

        // The heap's root is the worst of the best so far.
        var heap = new PriorityQueue<Candidate, Candidate>(count + 1, Comparer<Candidate>.Create((a, b) => comparer.Compare(b, a)));
        foreach (var candidate in all)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(candidate, candidate);
            }
            else if (comparer.Compare(candidate, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(candidate, candidate);
            }
        }

        var best = new List<Candidate>(heap.Count);
        while (heap.TryDequeue(out var candidate, out _))
        {
            best.Add(candidate);
        }

        best.Reverse();
        return best;
    }

    private sealed record Candidate(CatalogueEntry Entry, int Score, double? Distance);
}
