using System.Collections.Frozen;
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
                ? await PatchAsync(db, previous, counter, cancellationToken)
                : await LoadAsync(db, generation, counter, null, previous?.Values ?? FacetValues.Empty, cancellationToken);
            _current = current;
            return current;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private static async Task<Snapshot> PatchAsync(SinergieDbContext db, Snapshot previous, long counter, CancellationToken cancellationToken)
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

        var reloaded = await LoadAsync(db, previous.Generation, counter, changed, previous.Values, cancellationToken);
        var changedSet = changed.ToHashSet();
        var entries = previous.Entries.Where(e => !changedSet.Contains(e.ItemId)).Concat(reloaded.Entries).ToArray();
        return new Snapshot(previous.Generation, counter, entries, reloaded.Values);
    }

    private static async Task<Snapshot> LoadAsync(SinergieDbContext db, int generation, long counter, List<Guid>? items, FacetValues values, CancellationToken cancellationToken)
    {
        var query = db.SearchEntries.AsNoTracking().Where(e => e.Generation == generation && e.Scope == SearchScope.Public);
        if (items is not null)
        {
            query = query.Where(e => items.Contains(e.ItemId));
        }

        var rows = await query
            .Select(e => new { e.Id, e.ItemId, e.ContentType, e.SortTitle, e.UpdatedUtc, e.MinimumAge, e.MaximumAge, e.TitleTerms, e.TagTerms, e.SummaryTerms })
            .ToListAsync(cancellationToken);
        var ids = query.Select(e => e.Id);
        var facets = (await db.SearchFacetValues.AsNoTracking().Where(f => ids.Contains(f.EntryId)).Select(f => new { f.EntryId, f.Facet, f.Value }).ToListAsync(cancellationToken))
            .ToLookup(f => f.EntryId);
        var locations = (await db.Set<SearchLocation>().AsNoTracking().Where(l => ids.Contains(l.EntryId)).ToListAsync(cancellationToken)).ToLookup(l => l.EntryId);
        var slots = (await db.Set<SearchHoursSlot>().AsNoTracking().Where(l => ids.Contains(l.EntryId)).ToListAsync(cancellationToken)).ToLookup(l => l.EntryId);
        var exceptions = (await db.Set<SearchHoursException>().AsNoTracking().Where(l => ids.Contains(l.EntryId)).ToListAsync(cancellationToken)).ToLookup(l => l.EntryId);

        var builder = values.ToBuilder();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] Terms(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Select(t => strings.TryGetValue(t, out var s) ? s : strings[t] = t)];
        var entries = new CatalogueEntry[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            entries[i] = new CatalogueEntry(
                row.Id,
                row.ItemId,
                string.Intern(row.ContentType),
                row.SortTitle,
                row.UpdatedUtc,
                row.MinimumAge,
                row.MaximumAge,
                Terms(row.TitleTerms),
                Terms(row.TagTerms),
                Terms(row.SummaryTerms),
                [.. facets[row.Id].Select(f => builder.Id(f.Facet, f.Value)).Distinct()],
                [.. locations[row.Id].Select(l => (l.Latitude, l.Longitude))],
                [.. slots[row.Id].Select(s => new CatalogueSlot(s.Venue, s.Day, s.Opens, s.Closes, s.ValidFrom, s.ValidTo))],
                [.. exceptions[row.Id].Select(x => new CatalogueException(x.Venue, x.Date, x.Opens, x.Closes, x.ValidFrom, x.ValidTo))]);
        }

        return new Snapshot(generation, counter, entries, builder.Build());
    }

    /// <summary>One consistent state of the catalogue; immutable, shared by concurrent searches.</summary>
    public sealed record Snapshot(int Generation, long Counter, CatalogueEntry[] Entries, FacetValues Values)
    {
        private FrozenDictionary<long, CatalogueEntry>? _byId;

        public FrozenDictionary<long, CatalogueEntry> ById => _byId ??= Entries.ToFrozenDictionary(e => e.Id);
    }
}

/// <summary>An entry's facts. Facet values are ids in <see cref="FacetValues"/>.</summary>
public sealed record CatalogueEntry(
    long Id,
    Guid ItemId,
    string ContentType,
    string SortTitle,
    DateTime UpdatedUtc,
    int? MinimumAge,
    int? MaximumAge,
    string[] TitleTerms,
    string[] TagTerms,
    string[] SummaryTerms,
    int[] FacetValueIds,
    (double Latitude, double Longitude)[] Locations,
    CatalogueSlot[] Slots,
    CatalogueException[] Exceptions)
{
    /// <summary>The same rule as <see cref="Services.OpeningHoursCalculator.IsOpenAt"/>: a date's exception replaces its venue's weekly slots.</summary>
    public bool IsOpenAt(DateOnly today, int day, int seconds)
    {
        foreach (var x in Exceptions)
        {
            if (x.Date == today && x.Opens <= seconds && seconds < x.Closes && !(today < x.ValidFrom) && !(today > x.ValidTo))
            {
                return true;
            }
        }

        foreach (var s in Slots)
        {
            if (s.Day == day && s.Opens <= seconds && seconds < s.Closes && !(today < s.ValidFrom) && !(today > s.ValidTo)
                && !Array.Exists(Exceptions, x => x.Venue == s.Venue && x.Date == today))
            {
                return true;
            }
        }

        return false;
    }
}

public sealed record CatalogueSlot(int Venue, int Day, int Opens, int Closes, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record CatalogueException(int Venue, DateOnly Date, int? Opens, int? Closes, DateOnly? ValidFrom, DateOnly? ValidTo);

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
