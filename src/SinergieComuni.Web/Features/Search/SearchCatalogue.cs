using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// The facts of the public index that filters, facets, sorting and distance need (not the text), held in memory by
/// each instance and kept equal to the database: every search reads the state row in its snapshot, and when the
/// change counter moved the catalogue reloads the items named in <see cref="SearchChange"/> (everything after a
/// rebuild switched generation). The database stays the one source of truth, shared by all instances.
/// </summary>
public sealed class SearchCatalogue
{
    /// <summary>Beyond this many changes since the last refresh, a full reload is simpler than catching up.</summary>
    public const long MaxIncrementalChanges = 5000;

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly TermTable _terms = new();
    private Snapshot? _current;

    /// <summary>The catalogue at <paramref name="counter"/> of <paramref name="generation"/> (or newer), read through <paramref name="db"/>'s snapshot.</summary>
    public async Task<Snapshot> GetAsync(SinergieDbContext db, int generation, long counter, CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && current.Generation == generation && current.Counter >= counter)
        {
            return current;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && current.Generation == generation && current.Counter >= counter)
            {
                return current;
            }

            var previous = current;
            current = previous is not null && previous.Generation == generation && counter - previous.Counter <= MaxIncrementalChanges
                ? await PatchAsync(db, previous, counter, _terms, cancellationToken)
                : await LoadAsync(db, generation, counter, null, previous?.Values ?? FacetValues.Empty, _terms, cancellationToken);
            _ = current.Columns;
            _current = current;
            return current;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private static async Task<Snapshot> PatchAsync(SinergieDbContext db, Snapshot previous, long counter, TermTable terms, CancellationToken cancellationToken)
    {
        var from = previous.Counter;
        var changed = await db.SearchChanges.AsNoTracking()
            .Where(c => c.Counter > from && c.Counter <= counter)
            .Select(c => c.ItemId)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (changed.Count == 0)
        {
            return previous with { Counter = counter };
        }

        var reloaded = await LoadAsync(db, previous.Generation, counter, changed, previous.Values, terms, cancellationToken);
        var changedSet = changed.ToHashSet();
        var entries = previous.Entries.Where(e => !changedSet.Contains(e.ItemId)).Concat(reloaded.Entries).ToArray();
        return new Snapshot(previous.Generation, counter, entries, reloaded.Values, terms);
    }

    private static async Task<Snapshot> LoadAsync(SinergieDbContext db, int generation, long counter, List<Guid>? items, FacetValues values, TermTable terms, CancellationToken cancellationToken)
    {
        var query = db.SearchEntries.AsNoTracking().Where(e => e.Generation == generation && e.Scope == SearchScope.Public);
        if (items is not null)
        {
            query = query.Where(e => items.Contains(e.ItemId));
        }

        var rows = await query
            .Select(e => new { e.Id, e.ItemId, e.ContentType, e.Title, e.Slug, e.Category, e.SortTitle, e.UpdatedUtc, e.MinimumAge, e.MaximumAge, e.TitleTerms, e.TagTerms, e.SummaryTerms })
            .ToListAsync(cancellationToken);
        var ids = query.Select(e => e.Id);
        var facets = (await db.SearchFacetValues.AsNoTracking().Where(f => ids.Contains(f.EntryId)).Select(f => new { f.EntryId, f.Facet, f.Value }).ToListAsync(cancellationToken))
            .ToLookup(f => f.EntryId);
        var locations = (await db.Set<SearchLocation>().AsNoTracking().Where(l => ids.Contains(l.EntryId)).ToListAsync(cancellationToken)).ToLookup(l => l.EntryId);
        var slots = (await db.Set<SearchHoursSlot>().AsNoTracking().Where(l => ids.Contains(l.EntryId)).ToListAsync(cancellationToken)).ToLookup(l => l.EntryId);
        var exceptions = (await db.Set<SearchHoursException>().AsNoTracking().Where(l => ids.Contains(l.EntryId)).ToListAsync(cancellationToken)).ToLookup(l => l.EntryId);

        var builder = values.ToBuilder();
        int[] Terms(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(terms.Id).Distinct()];
        var entries = new CatalogueEntry[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            entries[i] = new CatalogueEntry(
                row.Id,
                row.ItemId,
                string.Intern(row.ContentType),
                row.Title,
                row.Slug,
                string.Intern(row.Category),
                row.SortTitle,
                row.UpdatedUtc,
                row.MinimumAge,
                row.MaximumAge,
                Terms(row.TitleTerms),
                Terms(row.TagTerms),
                Terms(row.SummaryTerms),
                [.. facets[row.Id].Select(f => builder.Id(f.Facet, f.Value)).Distinct()],
                [.. locations[row.Id].OrderBy(l => l.Venue).Select(l => new CatalogueLocation(l.Venue, l.Latitude, l.Longitude, string.Intern(l.Municipality)))],
                [.. slots[row.Id].Select(s => new CatalogueSlot(s.Venue, s.Day, s.Opens, s.Closes, s.ValidFrom, s.ValidTo))],
                [.. exceptions[row.Id].Select(x => new CatalogueException(x.Venue, x.Date, x.Opens, x.Closes, x.ValidFrom, x.ValidTo))]);
        }

        return new Snapshot(generation, counter, entries, builder.Build(), terms);
    }

    /// <summary>One consistent state of the catalogue; immutable, shared by concurrent searches.</summary>
    public sealed record Snapshot(int Generation, long Counter, CatalogueEntry[] Entries, FacetValues Values, TermTable Terms)
    {
        private CatalogueColumns? _columns;

        /// <summary>The entries laid out by column for the search loop (built once, when the snapshot is made).</summary>
        public CatalogueColumns Columns => _columns ??= new CatalogueColumns(Entries);
    }
}

/// <summary>An entry's facts. Facet values are ids in <see cref="FacetValues"/>.</summary>
public sealed record CatalogueEntry(
    long Id,
    Guid ItemId,
    string ContentType,
    string Title,
    string Slug,
    string Category,
    string SortTitle,
    DateTime UpdatedUtc,
    int? MinimumAge,
    int? MaximumAge,
    int[] TitleTerms,
    int[] TagTerms,
    int[] SummaryTerms,
    int[] FacetValueIds,
    CatalogueLocation[] Locations,
    CatalogueSlot[] Slots,
    CatalogueException[] Exceptions)
{
    /// <summary>The same rule as <see cref="Services.OpeningHoursCalculator.IsOpenAt"/>: a date's exception replaces its venue's weekly slots.</summary>
    public bool IsOpenAt(DateOnly today, int day, int seconds) => IsOpenAt(-1, today, day, seconds);

    /// <summary>Whether <paramref name="venue"/> (or, with -1, any venue) is open at the moment.</summary>
    public bool IsOpenAt(int venue, DateOnly today, int day, int seconds)
    {
        foreach (var x in Exceptions)
        {
            if ((venue < 0 || x.Venue == venue) && x.Date == today && x.Opens <= seconds && seconds < x.Closes && !(today < x.ValidFrom) && !(today > x.ValidTo))
            {
                return true;
            }
        }

        foreach (var s in Slots)
        {
            if ((venue < 0 || s.Venue == venue) && s.Day == day && s.Opens <= seconds && seconds < s.Closes && !(today < s.ValidFrom) && !(today > s.ValidTo)
                && !HasException(s.Venue, today))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasException(int venue, DateOnly date)
    {
        foreach (var x in Exceptions)
        {
            if (x.Venue == venue && x.Date == date)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A venue with coordinates: its position among the item's venues, and its municipality's slug.</summary>
public readonly record struct CatalogueLocation(int Venue, double Latitude, double Longitude, string Municipality);

public readonly record struct CatalogueSlot(int Venue, int Day, int Opens, int Closes, DateOnly? ValidFrom, DateOnly? ValidTo);

public readonly record struct CatalogueException(int Venue, DateOnly Date, int? Opens, int? Closes, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>Facet values numbered once, so counting is adding to an array; a catalogue only ever adds values.</summary>
public sealed class FacetValues
{
    public static FacetValues Empty { get; } = new([], new Dictionary<(string, string), int>());

    private readonly Dictionary<(string Facet, string Value), int> _ids;

    private FacetValues((string Facet, string Value)[] values, Dictionary<(string, string), int> ids)
    {
        All = values;
        _ids = ids;
    }

    public (string Facet, string Value)[] All { get; }

    public int? Find(string facet, string value) => _ids.TryGetValue((facet, value), out var id) ? id : null;

    public Builder ToBuilder() => new(All, _ids);

    public sealed class Builder((string Facet, string Value)[] values, Dictionary<(string, string), int> ids)
    {
        private readonly List<(string Facet, string Value)> _values = [.. values];
        private readonly Dictionary<(string, string), int> _ids = new(ids);

        public int Id(string facet, string value)
        {
            if (!_ids.TryGetValue((facet, value), out var id))
            {
                id = _values.Count;
                _values.Add((string.Intern(facet), value));
                _ids[(facet, value)] = id;
            }

            return id;
        }

        public FacetValues Build() => new([.. _values], _ids);
    }
}

/// <summary>
/// Index terms numbered once per process (only ever added to, so ids stay valid in every snapshot): scoring compares
/// numbers against a bit set instead of strings.
/// </summary>
public sealed class TermTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Lock _adding = new();

    public int Count => _ids.Count;

    public int Id(string term)
    {
        if (_ids.TryGetValue(term, out var id))
        {
            return id;
        }

        lock (_adding)
        {
            return _ids.TryGetValue(term, out id) ? id : _ids[term] = _ids.Count;
        }
    }

    public int? Find(string term) => _ids.TryGetValue(term, out var id) ? id : null;

    /// <summary>Ids of the terms that begin with <paramref name="prefix"/>.</summary>
    public IEnumerable<int> StartingWith(string prefix) =>
        _ids.Where(t => t.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(t => t.Value);
}

/// <summary>
/// A snapshot's entries as parallel arrays indexed by position: what the search loop reads for every matching entry
/// (type, ages, facet value ids, places) sits in a few dense arrays instead of behind an object per entry.
/// </summary>
public sealed class CatalogueColumns
{
    private readonly int[] _ordinals;
    private readonly long _firstId;
    private readonly string[] _types;
    private readonly int[] _locationStart;
    private readonly double[] _latitudes;
    private readonly double[] _longitudes;
    private readonly int[] _termStart;
    private readonly int[] _terms;
    private OpenMinute? _open;

    public const int Title = 0;
    public const int Tags = 1;
    public const int Summary = 2;

    public CatalogueColumns(CatalogueEntry[] entries)
    {
        Entries = entries;
        var n = entries.Length;
        TypeOf = new byte[n];
        AgeBands = new ushort[n];
        MinimumAge = new int[n];
        MaximumAge = new int[n];
        FacetStart = new int[n + 1];
        _locationStart = new int[n + 1];
        var types = new List<string>();
        var facets = new List<int>();
        var terms = new List<int>();
        _termStart = new int[(3 * n) + 1];
        var latitudes = new List<double>();
        var longitudes = new List<double>();
        for (var o = 0; o < n; o++)
        {
            var entry = entries[o];
            var type = types.IndexOf(entry.ContentType);
            if (type < 0)
            {
                type = types.Count;
                types.Add(entry.ContentType);
            }

            TypeOf[o] = (byte)type;
            MinimumAge[o] = entry.MinimumAge ?? 0;
            MaximumAge[o] = entry.MaximumAge ?? int.MaxValue;
            for (var b = 0; b < SearchFacets.AgeBands.Count; b++)
            {
                if (MinimumAge[o] <= SearchFacets.AgeBands[b].To && MaximumAge[o] >= SearchFacets.AgeBands[b].From)
                {
                    AgeBands[o] |= (ushort)(1 << b);
                }
            }

            facets.AddRange(entry.FacetValueIds);
            FacetStart[o + 1] = facets.Count;
            foreach (var location in entry.Locations)
            {
                latitudes.Add(location.Latitude);
                longitudes.Add(location.Longitude);
            }

            _locationStart[o + 1] = latitudes.Count;
            terms.AddRange(entry.TitleTerms);
            _termStart[(3 * o) + 1] = terms.Count;
            terms.AddRange(entry.TagTerms);
            _termStart[(3 * o) + 2] = terms.Count;
            terms.AddRange(entry.SummaryTerms);
            _termStart[(3 * o) + 3] = terms.Count;
        }

        _terms = [.. terms];
        var byTitle = Enumerable.Range(0, n).ToArray();
        Array.Sort(byTitle, (a, b) =>
        {
            var c = string.CompareOrdinal(entries[a].SortTitle, entries[b].SortTitle);
            return c != 0 ? c : entries[a].Id.CompareTo(entries[b].Id);
        });
        NameRank = new int[n];
        for (var i = 0; i < n; i++)
        {
            NameRank[byTitle[i]] = i;
        }

        _types = [.. types];
        FacetValues = [.. facets];
        _latitudes = [.. latitudes];
        _longitudes = [.. longitudes];
        _firstId = n == 0 ? 0 : entries.Min(e => e.Id);
        var span = n == 0 ? 0 : entries.Max(e => e.Id) - _firstId + 1;
        _ordinals = new int[span];
        Array.Fill(_ordinals, -1);
        for (var o = 0; o < n; o++)
        {
            _ordinals[entries[o].Id - _firstId] = o;
        }
    }

    public CatalogueEntry[] Entries { get; }

    public int Count => Entries.Length;

    public byte[] TypeOf { get; }

    /// <summary>Lower age bound, 0 when the card has none.</summary>
    public int[] MinimumAge { get; }

    /// <summary>Upper age bound, int.MaxValue when the card has none.</summary>
    public int[] MaximumAge { get; }

    /// <summary>The <see cref="SearchFacets.AgeBands"/> an entry's age range meets, one bit each.</summary>
    public ushort[] AgeBands { get; }

    /// <summary>Entry o's facet value ids are FacetValues[FacetStart[o]..FacetStart[o + 1]].</summary>
    public int[] FacetStart { get; }

    public int[] FacetValues { get; }

    /// <summary>Each entry's place in title order (ties by id).</summary>
    public int[] NameRank { get; }

    /// <summary>The term ids of one of an entry's fields (<see cref="Title"/>, <see cref="Tags"/>, <see cref="Summary"/>).</summary>
    public ReadOnlySpan<int> Terms(int o, int field) =>
        _terms.AsSpan(_termStart[(3 * o) + field], _termStart[(3 * o) + field + 1] - _termStart[(3 * o) + field]);

    /// <summary>The position of an entry id, or -1.</summary>
    public int Ordinal(long id)
    {
        var k = id - _firstId;
        return (ulong)k < (ulong)_ordinals.Length ? _ordinals[k] : -1;
    }

    /// <summary>Which type positions are among <paramref name="types"/>.</summary>
    public bool[] TypeMask(IReadOnlyList<string> types)
    {
        var mask = new bool[Math.Max(1, _types.Length)];
        for (var t = 0; t < _types.Length; t++)
        {
            mask[t] = types.Contains(_types[t]);
        }

        return mask;
    }

    /// <summary>Whether one of the entry's places is inside the box.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool AnyWithin(int o, GeoBox box)
    {
        for (var l = _locationStart[o]; l < _locationStart[o + 1]; l++)
        {
            if (box.Contains(_latitudes[l], _longitudes[l]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Distance to the entry's nearest place, or null when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double? Nearest(int o, double latitude, double longitude)
    {
        double? nearest = null;
        for (var l = _locationStart[o]; l < _locationStart[o + 1]; l++)
        {
            var distance = SearchService.DistanceKm(latitude, longitude, _latitudes[l], _longitudes[l]);
            if (nearest is null || distance < nearest)
            {
                nearest = distance;
            }
        }

        return nearest;
    }

    /// <summary>
    /// Which entries are open at a moment, shared by all searches of that minute (opening hours are given to the
    /// minute): each entry is worked out the first time a search of the minute asks.
    /// </summary>
    public OpenMinute OpenAt(DateOnly today, int day, int seconds)
    {
        var key = ((long)today.DayNumber * 1440) + (seconds / 60);
        if (_open is { } cached && cached.Key == key)
        {
            return cached;
        }

        var open = new OpenMinute(Entries, key, today, day, seconds - (seconds % 60));
        _open = open;
        return open;
    }
}

/// <summary>Entries open in one minute, worked out as asked (racing searches may both work one out: same answer).</summary>
public sealed class OpenMinute(CatalogueEntry[] entries, long key, DateOnly today, int day, int minute)
{
    private readonly sbyte[] _state = new sbyte[entries.Length];

    public long Key => key;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsOpen(int o)
    {
        var state = _state[o];
        if (state == 0)
        {
            state = entries[o].IsOpenAt(today, day, minute) ? (sbyte)1 : (sbyte)-1;
            _state[o] = state;
        }

        return state > 0;
    }
}
