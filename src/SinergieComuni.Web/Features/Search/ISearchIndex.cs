namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// What differs between the databases: matching analysed terms in the full-text index (FTS5 or tsvector) with a
/// weighted score, finding words similar to a misspelt one (trigrams) and adding words to the vocabulary.
/// Everything else (filters, facets, sorting, snippets) is shared LINQ in <see cref="SearchService"/>.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Entries matching every group of the query, with a score where larger is better (title > tags > summary > body); possibly of other scopes too, which callers filter.</summary>
    IQueryable<SearchHit> Match(TextQuery query, SearchScope scope);

    /// <summary>Ids of the public entries of <paramref name="generation"/> matching every group (possibly with other entries' ids too, which callers ignore).</summary>
    Task<IReadOnlyCollection<long>> MatchIdsAsync(TextQuery query, int generation, CancellationToken cancellationToken);

    /// <summary>
    /// Ids of the entries (of any generation and scope: callers keep theirs) with a venue inside <paramref name="box"/>,
    /// read from a spatial index (SQLite R*Tree, PostgreSQL GiST) instead of every venue.
    /// </summary>
    Task<HashSet<long>> WithinAsync(GeoBox box, CancellationToken cancellationToken);

    /// <summary>Vocabulary words whose trigram similarity to <paramref name="word"/> is at least 0.3, most similar first.</summary>
    Task<IReadOnlyList<SearchWord>> SimilarWordsAsync(string word, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Writes new entries with their facet, place and hours rows, giving them fresh ids; a bulk path that bypasses
    /// change tracking. Callers hold the search state row (<see cref="SearchIndexer.LockStateAsync"/>), so no other
    /// writer adds entries meanwhile.
    /// </summary>
    Task InsertEntriesAsync(IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken);

    /// <summary>Adds the words that are not in the vocabulary yet.</summary>
    Task AddWordsAsync(IReadOnlyCollection<(string Word, string Term)> words, CancellationToken cancellationToken);
}

/// <summary>One matching entry of the full-text index.</summary>
public sealed class SearchHit
{
    public long EntryId { get; set; }

    public double Score { get; set; }
}

/// <summary>
/// An analysed query: every group must match; a group matches when any of its alternatives does. An alternative is
/// a set of terms that must all be in the item (one term most of the time; synonyms like "asilo nido" have more)
/// or, with <see cref="QueryAlternative.Prefix"/>, the beginning of a term.
/// Terms only hold letters and digits, so they can never carry full-text syntax.
/// </summary>
public sealed record TextQuery(IReadOnlyList<IReadOnlyList<QueryAlternative>> Groups);

public sealed record QueryAlternative(IReadOnlyList<string> Terms, bool Prefix = false);

/// <summary>Trigram similarity computed the way pg_trgm does (words padded with two spaces before and one after), for both databases.</summary>
public static class Trigrams
{
    public const double Threshold = 0.3;

    public static HashSet<string> Of(string word)
    {
        var padded = "  " + word + " ";
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            set.Add(padded.Substring(i, 3));
        }

        return set;
    }

    public static double Similarity(string a, string b)
    {
        var x = Of(a);
        var y = Of(b);
        var common = x.Count(y.Contains);
        return common == 0 ? 0 : (double)common / (x.Count + y.Count - common);
    }
}
