using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// PostgreSQL: a stored, weighted tsvector over the analysed columns (A title, B tags, C summary, D body) with a GIN
/// index, ranked by ts_rank; typos through pg_trgm similarity on the vocabulary (GIN trigram index).
/// </summary>
public sealed class PostgresSearchIndex(SinergieDbContext db) : ISearchIndex
{
    public IQueryable<SearchHit> Match(TextQuery query) =>
        db.Database.SqlQueryRaw<SearchHit>(
            "SELECT \"Id\" AS \"EntryId\", ts_rank('{{0.1, 0.2, 0.4, 1.0}}', \"Vector\", to_tsquery('simple', {0}))::float8 AS \"Score\" FROM \"SearchEntries\" WHERE \"Vector\" @@ to_tsquery('simple', {0})",
            Expression(query));

    public async Task<IReadOnlyCollection<long>> MatchIdsAsync(TextQuery query, int generation, CancellationToken cancellationToken) =>
        await db.Database
            .SqlQueryRaw<long[]>(
                "SELECT coalesce(array_agg(\"Id\"), '{{}}') AS \"Value\" FROM \"SearchEntries\" WHERE \"Vector\" @@ to_tsquery('simple', {0}) AND \"Generation\" = {1} AND \"Scope\" = 0",
                Expression(query),
                generation)
            .SingleAsync(cancellationToken);

    public async Task<IReadOnlyList<SearchWord>> SimilarWordsAsync(string word, int limit, CancellationToken cancellationToken)
    {
        var candidates = await db.SearchWords
            .FromSqlRaw(
                "SELECT \"Id\", \"Word\", \"Term\" FROM \"SearchWords\" WHERE \"Word\" % {0} ORDER BY similarity(\"Word\", {0}) DESC, \"Word\" LIMIT {1}",
                word,
                limit * 4)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return SqliteSearchIndex.Best(candidates, word, limit);
    }

    public Task AddWordsAsync(IReadOnlyCollection<(string Word, string Term)> words, CancellationToken cancellationToken) =>
        SqliteSearchIndex.InsertWordsAsync(db, words, "INSERT INTO \"SearchWords\" (\"Word\", \"Term\") VALUES {0} ON CONFLICT (\"Word\") DO NOTHING", cancellationToken);

    /// <summary>
    /// The tsquery: groups joined by &amp;, alternatives by |, prefixes with :*, every term quoted. No phrase operator:
    /// it would make the GIN index recheck every row's vector.
    /// </summary>
    internal static string Expression(TextQuery query) =>
        string.Join(" & ", query.Groups.Select(group =>
            "(" + string.Join(" | ", group.Select(a => a.Prefix
                ? $"'{a.Terms[0]}':*"
                : "(" + string.Join(" & ", a.Terms.Select(t => $"'{t}'")) + ")")) + ")"));
}
