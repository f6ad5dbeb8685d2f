namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// The rows an index entry is stored as, column by column, for the bulk writers of both databases (a rebuild writes
/// millions of facet, place and hours rows: row-by-row change tracking would take minutes). The column names are the
/// ones the EF model gives these tables; the computed tsvector of PostgreSQL is left to the database.
/// </summary>
public sealed record SearchTable(string Name, IReadOnlyList<(string Column, Type Type)> Columns);

public static class SearchRows
{
    public static readonly SearchTable Entries = new("SearchEntries",
    [
        ("Id", typeof(long)), ("Generation", typeof(int)), ("Scope", typeof(int)), ("CoversDrafts", typeof(bool)), ("ItemId", typeof(Guid)),
        ("ContentType", typeof(string)), ("Slug", typeof(string)), ("Title", typeof(string)), ("Summary", typeof(string)),
        ("Body", typeof(string)), ("Category", typeof(string)), ("TitleTerms", typeof(string)), ("TagTerms", typeof(string)),
        ("SummaryTerms", typeof(string)), ("BodyTerms", typeof(string)), ("SortTitle", typeof(string)),
        ("MinimumAge", typeof(int)), ("MaximumAge", typeof(int)), ("OrganisationId", typeof(Guid)), ("UpdatedUtc", typeof(DateTime)),
    ]);

    public static readonly SearchTable Facets = new("SearchFacetValues",
        [("EntryId", typeof(long)), ("Facet", typeof(string)), ("Value", typeof(string))]);

    public static readonly SearchTable Locations = new("SearchLocations",
        [("EntryId", typeof(long)), ("Venue", typeof(int)), ("Latitude", typeof(double)), ("Longitude", typeof(double)), ("Municipality", typeof(string))]);

    public static readonly SearchTable Slots = new("SearchHoursSlots",
    [
        ("EntryId", typeof(long)), ("Venue", typeof(int)), ("Index", typeof(int)), ("Day", typeof(int)), ("Opens", typeof(int)),
        ("Closes", typeof(int)), ("ValidFrom", typeof(DateOnly)), ("ValidTo", typeof(DateOnly)),
    ]);

    public static readonly SearchTable Exceptions = new("SearchHoursExceptions",
    [
        ("EntryId", typeof(long)), ("Venue", typeof(int)), ("Date", typeof(DateOnly)), ("Opens", typeof(int)), ("Closes", typeof(int)),
        ("ValidFrom", typeof(DateOnly)), ("ValidTo", typeof(DateOnly)),
    ]);

    /// <summary>Every table with its rows for <paramref name="entries"/>, whose ids are already set; entries first.</summary>
    public static IEnumerable<(SearchTable Table, IEnumerable<object?[]> Rows)> Of(IReadOnlyList<SearchEntry> entries)
    {
        yield return (Entries, entries.Select(e => new object?[]
        {
            e.Id, e.Generation, (int)e.Scope, e.CoversDrafts, e.ItemId, e.ContentType, e.Slug, e.Title, e.Summary, e.Body, e.Category,
            e.TitleTerms, e.TagTerms, e.SummaryTerms, e.BodyTerms, e.SortTitle, e.MinimumAge, e.MaximumAge, e.OrganisationId,
            DateTime.SpecifyKind(e.UpdatedUtc, DateTimeKind.Utc),
        }));
        yield return (Facets, entries.SelectMany(e => e.Facets.Select(f => new object?[] { e.Id, f.Facet, f.Value })));
        yield return (Locations, entries.SelectMany(e => e.Locations.Select(l => new object?[] { e.Id, l.Venue, l.Latitude, l.Longitude, l.Municipality })));
        yield return (Slots, entries.SelectMany(e => e.Slots.Select(s => new object?[] { e.Id, s.Venue, s.Index, s.Day, s.Opens, s.Closes, s.ValidFrom, s.ValidTo })));
        yield return (Exceptions, entries.SelectMany(e => e.Exceptions.Select(x => new object?[] { e.Id, x.Venue, x.Date, x.Opens, x.Closes, x.ValidFrom, x.ValidTo })));
    }

    /// <summary>Gives every entry the id <paramref name="id"/> returns for its position, and points its rows at it.</summary>
    public static void AssignIds(IReadOnlyList<SearchEntry> entries, Func<int, long> id)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            entry.Id = id(i);
            entry.Facets.ForEach(f => f.EntryId = entry.Id);
            entry.Locations.ForEach(l => l.EntryId = entry.Id);
            entry.Slots.ForEach(s => s.EntryId = entry.Id);
            entry.Exceptions.ForEach(x => x.EntryId = entry.Id);
        }
    }
}
