using System.Buffers.Binary;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// PostgreSQL: a stored, weighted tsvector over the analysed columns (A title, B tags, C summary, D body) with a GIN
/// index, ranked by ts_rank; typos through pg_trgm similarity on the vocabulary (GIN trigram index). The terms are our
/// analyser's (folded, stemmed): the vector is built here (computing it in the database was half of PostgreSQL's work
/// in a rebuild) and queries are tsquery literals, so PostgreSQL's parser never re-reads them and both sides hold
/// exactly the same lexemes.
/// </summary>
public sealed class PostgresSearchIndex(SinergieDbContext db) : ISearchIndex
{
    private const string RankedMatch =
        "SELECT \"Id\" AS \"EntryId\", ts_rank('{{0.1, 0.2, 0.4, 1.0}}', \"Vector\", {0}::tsquery)::float8 AS \"Score\" FROM \"SearchEntries\" WHERE \"Vector\" @@ {0}::tsquery AND ";

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
                    new NpgsqlBatchCommand("SELECT coalesce(array_agg(\"Id\"), '{}') FROM \"SearchEntries\" WHERE \"Vector\" @@ $1::tsquery AND \"Scope\" = 0 AND \"Generation\" + 0 = $2")
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

    /// <summary>Through the GiST index on <c>point("Longitude", "Latitude")</c>.</summary>
    public async Task<HashSet<long>> WithinAsync(GeoBox box, CancellationToken cancellationToken)
    {
        var ids = await db.Database
            .SqlQueryRaw<long[]>(
                "SELECT coalesce(array_agg(DISTINCT \"EntryId\"), '{{}}') AS \"Value\" FROM \"SearchLocations\" WHERE point(\"Longitude\", \"Latitude\") <@ box(point({0}, {1}), point({2}, {3}))",
                box.MinLongitude,
                box.MinLatitude,
                box.MaxLongitude,
                box.MaxLatitude)
            .SingleAsync(cancellationToken);
        return [.. ids];
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
                // Entries carry one more column here: their tsvector.
                var vectors = table == SearchRows.Entries;
                var columns = table.Columns.Select(c => c.Column).Concat(vectors ? ["Vector"] : []);
                var types = table.Columns.Select(c => DbType(c.Type)).ToArray();
                await using var importer = await connection.BeginBinaryImportAsync(
                    $"COPY \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)",
                    cancellationToken);
                var index = 0;
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

                    if (vectors)
                    {
                        // Already in tsvector's binary form: COPY BINARY passes the bytes to the column's receive function.
                        await importer.WriteAsync(Vector(entries[index++]), NpgsqlDbType.Bytea, cancellationToken);
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
    /// The entry's weighted tsvector, as PostgreSQL would make it from the term columns with
    /// <c>setweight(to_tsvector('simple', TitleTerms), 'A') || … 'B' || … 'C' || … 'D'</c>: positions run on from one
    /// column to the next, stop at 16,383; a lexeme keeps at most 255 of them from one column and 256 in all.
    /// Returned in tsvector's binary wire form (what COPY BINARY hands to the column's receive function): lexeme count,
    /// then each lexeme null-terminated with its positions, weight in the top two bits (A 3, B 2, C 1, D 0).
    /// </summary>
    internal static byte[] Vector(SearchEntry entry)
    {
        const int maxPosition = 16_383;
        const int maxPerColumn = 255;
        const int maxPositions = 256;
        var lexemes = new Dictionary<string, List<ushort>>(StringComparer.Ordinal);
        var inColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        var offset = 0;
        foreach (var (terms, weight) in new[] { (entry.TitleTerms, 3), (entry.TagTerms, 2), (entry.SummaryTerms, 1), (entry.BodyTerms, 0) })
        {
            var count = 0;
            inColumn.Clear();
            foreach (var term in terms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                count++;
                var position = Math.Min(offset + count, maxPosition);
                if (!lexemes.TryGetValue(term, out var positions))
                {
                    lexemes[term] = positions = [];
                }

                var seen = inColumn.GetValueOrDefault(term);
                if (seen < maxPerColumn && positions.Count < maxPositions && (positions.Count == 0 || (positions[^1] & maxPosition) != position))
                {
                    positions.Add((ushort)((weight << 14) | position));
                    inColumn[term] = seen + 1;
                }
            }

            offset = Math.Min(offset + count, maxPosition);
        }

        var size = 4 + lexemes.Sum(l => Encoding.UTF8.GetByteCount(l.Key) + 3 + (2 * l.Value.Count));
        var bytes = new byte[size];
        var at = 0;
        BinaryPrimitives.WriteInt32BigEndian(bytes, lexemes.Count);
        at += 4;
        foreach (var (lexeme, positions) in lexemes)
        {
            at += Encoding.UTF8.GetBytes(lexeme, bytes.AsSpan(at));
            bytes[at++] = 0;
            BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at), (ushort)positions.Count);
            at += 2;
            foreach (var position in positions)
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at), position);
                at += 2;
            }
        }

        return bytes;
    }

    /// <summary>
    /// The tsquery literal: groups joined by &amp;, alternatives by |, prefixes with :*, every term quoted (terms are
    /// letters and digits only). No phrase operator: it would make the GIN index recheck every row's vector.
    /// </summary>
    internal static string Expression(TextQuery query) =>
        string.Join(" & ", query.Groups.Select(group =>
            "(" + string.Join(" | ", group.Select(a => a.Prefix
                ? $"{Quote(a.Terms[0])}:*"
                : "(" + string.Join(" & ", a.Terms.Select(Quote)) + ")")) + ")"));

    /// <summary>A lexeme as a quoted tsvector/tsquery literal.</summary>
    private static string Quote(string lexeme) =>
        "'" + lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
