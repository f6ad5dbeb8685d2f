using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// PostgreSQL: a stored, weighted tsvector over the analysed columns (A title, B tags, C summary, D body) with a GIN
/// index, ranked by ts_rank; typos through pg_trgm similarity on the vocabulary (GIN trigram index).
/// </summary>
public sealed class PostgresSearchIndex(SinergieDbContext db) : ISearchIndex
{
    private const string RankedMatch =
        "SELECT \"Id\" AS \"EntryId\", ts_rank('{{0.1, 0.2, 0.4, 1.0}}', \"Vector\", to_tsquery('simple', {0}))::float8 AS \"Score\" FROM \"SearchEntries\" WHERE \"Vector\" @@ to_tsquery('simple', {0}) AND ";

    public IQueryable<SearchHit> Match(TextQuery query, SearchScope scope) =>
        db.Database.SqlQueryRaw<SearchHit>(scope == SearchScope.Public ? RankedMatch + "\"Scope\" = 0" : RankedMatch + "(\"Scope\" = 1 OR \"CoversDrafts\")", Expression(query));

    /// <summary>
    /// Always through the GIN index: for a word most entries contain the planner would rather read the table, and
    /// that means decompressing every entry's vector (ten times slower). The setting is put back in the same round
    /// trip (left off, it would inflate every later plan's cost past the JIT threshold). "+ 0" keeps other indexes out.
    /// </summary>
    public async Task<IReadOnlyCollection<long>> MatchIdsAsync(TextQuery query, int generation, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("SET LOCAL enable_seqscan = off"),
                    new NpgsqlBatchCommand("SELECT coalesce(array_agg(\"Id\"), '{}') FROM \"SearchEntries\" WHERE \"Vector\" @@ to_tsquery('simple', $1) AND \"Scope\" = 0 AND \"Generation\" + 0 = $2")
                    {
                        Parameters = { new NpgsqlParameter { Value = Expression(query) }, new NpgsqlParameter { Value = generation } },
                    },
                    new NpgsqlBatchCommand("SET LOCAL enable_seqscan = on"),
                },
            };
            // One array in one row: far cheaper than a row per match.
            long[] ids = [];
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            do
            {
                while (reader.FieldCount > 0 && await reader.ReadAsync(cancellationToken))
                {
                    ids = reader.GetFieldValue<long[]>(0);
                }
            }
            while (await reader.NextResultAsync(cancellationToken));

            return ids;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

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

    public async Task InsertEntriesAsync(IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var ids = new List<long>(entries.Count);
            await using (var reserve = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence('\"SearchEntries\"', 'Id')) FROM generate_series(1, $1)", connection))
            {
                reserve.Parameters.Add(new NpgsqlParameter { Value = entries.Count });
                await using var reader = await reserve.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetInt64(0));
                }
            }

            SearchRows.AssignIds(entries, i => ids[i]);

            // Binary COPY, inside the caller's transaction: PostgreSQL's bulk path.
            foreach (var (table, rows) in SearchRows.Of(entries))
            {
                var types = table.Columns.Select(c => DbType(c.Type)).ToArray();
                await using var importer = await connection.BeginBinaryImportAsync(
                    $"COPY \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Column}\""))}) FROM STDIN (FORMAT BINARY)",
                    cancellationToken);
                foreach (var row in rows)
                {
                    await importer.StartRowAsync(cancellationToken);
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (row[i] is { } value)
                        {
                            await importer.WriteAsync(value, types[i], cancellationToken);
                        }
                        else
                        {
                            await importer.WriteNullAsync(cancellationToken);
                        }
                    }
                }

                await importer.CompleteAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static NpgsqlDbType DbType(Type type) =>
        type == typeof(long) ? NpgsqlDbType.Bigint
        : type == typeof(int) ? NpgsqlDbType.Integer
        : type == typeof(bool) ? NpgsqlDbType.Boolean
        : type == typeof(Guid) ? NpgsqlDbType.Uuid
        : type == typeof(string) ? NpgsqlDbType.Text
        : type == typeof(double) ? NpgsqlDbType.Double
        : type == typeof(DateTime) ? NpgsqlDbType.TimestampTz
        : type == typeof(DateOnly) ? NpgsqlDbType.Date
        : throw new NotSupportedException($"No PostgreSQL type for {type}.");

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
