using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// SQLite: an FTS5 external-content table over the analysed columns of SearchEntries (kept by triggers), ranked
/// with bm25 column weights 20/10/5/1; typos through an FTS5 trigram table over the vocabulary.
/// </summary>
public sealed class SqliteSearchIndex(SinergieDbContext db) : ISearchIndex
{
    private const int CandidateWords = 200;

    public IQueryable<SearchHit> Match(TextQuery query, SearchScope scope) =>
        db.Database.SqlQueryRaw<SearchHit>(
            "SELECT rowid AS \"EntryId\", -bm25(\"SearchFts\", 20.0, 10.0, 5.0, 1.0) AS \"Score\" FROM \"SearchFts\" WHERE \"SearchFts\" MATCH {0}",
            Expression(query));

    public async Task<IReadOnlyCollection<long>> MatchIdsAsync(TextQuery query, int generation, CancellationToken cancellationToken)
    {
        // One row with every rowid: far cheaper than stepping through a row per match.
        var joined = await db.Database
            .SqlQueryRaw<string>("SELECT coalesce(group_concat(rowid), '') AS \"Value\" FROM \"SearchFts\" WHERE \"SearchFts\" MATCH {0}", Expression(query))
            .SingleAsync(cancellationToken);
        return Ids(joined);
    }

    /// <summary>
    /// The R*Tree over the venues (<c>SearchLocationsRtree</c>, kept by triggers on SearchLocations): its id is
    /// EntryId × 1024 + venue, so the entry is the id shifted right by ten bits.
    /// </summary>
    public async Task<HashSet<long>> WithinAsync(GeoBox box, CancellationToken cancellationToken)
    {
        var joined = await db.Database
            .SqlQueryRaw<string>(
                "SELECT coalesce(group_concat(DISTINCT \"Id\" >> 10), '') AS \"Value\" FROM \"SearchLocationsRtree\" WHERE \"MaxLatitude\" >= {0} AND \"MinLatitude\" <= {1} AND \"MaxLongitude\" >= {2} AND \"MinLongitude\" <= {3}",
                box.MinLatitude,
                box.MaxLatitude,
                box.MinLongitude,
                box.MaxLongitude)
            .SingleAsync(cancellationToken);
        return [.. Ids(joined)];
    }

    /// <summary>Reads a group_concat of integers.</summary>
    private static List<long> Ids(string joined)
    {
        var ids = new List<long>(joined.Length / 6);
        long value = 0;
        var any = false;
        foreach (var c in joined)
        {
            if (c == ',')
            {
                ids.Add(value);
                value = 0;
                any = false;
            }
            else
            {
                value = (value * 10) + (c - '0');
                any = true;
            }
        }

        if (any)
        {
            ids.Add(value);
        }

        return ids;
    }

    public async Task<IReadOnlyList<SearchWord>> SimilarWordsAsync(string word, int limit, CancellationToken cancellationToken)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= word.Length; i++)
        {
            grams.Add(word.Substring(i, 3));
        }

        if (grams.Count == 0 || !word.All(char.IsLetterOrDigit))
        {
            return [];
        }

        var match = string.Join(" OR ", grams.Select(g => $"\"{g}\""));
        var candidates = await db.SearchWords
            .FromSqlRaw(
                "SELECT w.\"Id\", w.\"Word\", w.\"Term\" FROM \"SearchWordsTrigram\" t JOIN \"SearchWords\" w ON w.\"Id\" = t.rowid WHERE \"SearchWordsTrigram\" MATCH {0} ORDER BY t.rank LIMIT {1}",
                match,
                CandidateWords)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return Best(candidates, word, limit);
    }

    public async Task InsertEntriesAsync(IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            await using (var max = connection.CreateCommand())
            {
                max.Transaction = transaction;
                // The highest id ever given (AUTOINCREMENT's record), not the highest present: an id is never
                // reused, so a search reading an older snapshot can never take one entry for another.
                max.CommandText = "SELECT max(coalesce((SELECT max(\"Id\") FROM \"SearchEntries\"), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'SearchEntries'), 0))";
                var first = Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) + 1;
                SearchRows.AssignIds(entries, i => first + i);
            }

            // One prepared statement per table, executed once a row: SQLite runs in-process, so this is its bulk path.
            var mappings = db.GetService<IRelationalTypeMappingSource>();
            foreach (var (table, rows) in SearchRows.Of(entries))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Column}\""))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
                var parameters = table.Columns.Select((c, i) => mappings.FindMapping(c.Type)!.CreateParameter(command, "$p" + i, null, nullable: true)).ToArray();
                command.Parameters.AddRange(parameters);
                var converters = table.Columns.Select(c => mappings.FindMapping(c.Type)!.Converter).ToArray();
                foreach (var row in rows)
                {
                    for (var i = 0; i < row.Length; i++)
                    {
                        parameters[i].Value = row[i] is { } value ? converters[i] is { } converter ? converter.ConvertToProvider(value) : value : DBNull.Value;
                    }

                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task AddWordsAsync(IReadOnlyCollection<(string Word, string Term)> words, CancellationToken cancellationToken) =>
        InsertWordsAsync(db, words, "INSERT OR IGNORE INTO \"SearchWords\" (\"Word\", \"Term\") VALUES {0}", cancellationToken);

    /// <summary>Inserts words in chunks with one parameter per value; <paramref name="template"/> receives the VALUES list.</summary>
    internal static async Task InsertWordsAsync(SinergieDbContext db, IReadOnlyCollection<(string Word, string Term)> words, string template, CancellationToken cancellationToken)
    {
        foreach (var chunk in words.Chunk(500))
        {
            var values = string.Join(", ", Enumerable.Range(0, chunk.Length).Select(i => $"({{{2 * i}}}, {{{(2 * i) + 1}}})"));
            var parameters = chunk.SelectMany(w => new object[] { w.Word, w.Term }).ToArray();
            await db.Database.ExecuteSqlRawAsync(template.Replace("{0}", values, StringComparison.Ordinal), parameters, cancellationToken);
        }
    }

    internal static IReadOnlyList<SearchWord> Best(IEnumerable<SearchWord> candidates, string word, int limit) =>
        [.. candidates
            .Select(c => (Word: c, Similarity: Trigrams.Similarity(c.Word, word)))
            .Where(c => c.Similarity >= Trigrams.Threshold && c.Word.Word != word)
            .OrderByDescending(c => c.Similarity)
            .ThenBy(c => c.Word.Word, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => c.Word)];

    /// <summary>The FTS5 expression: groups joined by AND, alternatives by OR, every term quoted.</summary>
    internal static string Expression(TextQuery query) =>
        string.Join(" AND ", query.Groups.Select(group =>
            "(" + string.Join(" OR ", group.Select(a => a.Prefix
                ? $"\"{a.Terms[0]}\" *"
                : "(" + string.Join(" AND ", a.Terms.Select(t => $"\"{t}\"")) + ")")) + ")"));
}
