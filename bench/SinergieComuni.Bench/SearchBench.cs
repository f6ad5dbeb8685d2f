using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Search;
using SinergieComuni.Web.Features.Services;

using static SinergieComuni.Bench.BenchSupport;

namespace SinergieComuni.Bench;

/// <summary>
/// Search benchmark: loads N generated cards, times a full index rebuild, then the latency of a mixed query set
/// (words, phrases, typos, prefixes, 0–3 facets, distance sort) through <see cref="SearchService"/>, and peak memory.
/// Each provider and size runs in a child process so that memory figures do not add up.
/// Usage: ./build.sh bench search [sizes…] [--queries=N] [--providers=sqlite,postgres]
/// (SINERGIE_BENCH_NO_MATCH_CACHE=1 measures with the cache of text matches off: every query asks the database.
/// SINERGIE_BENCH_KEEP=1 keeps the PostgreSQL database; SINERGIE_BENCH_DATABASE=name then measures queries on it again
/// without loading, and with SINERGIE_BENCH_REBUILD=1 rebuilds its index first.)
/// (PostgreSQL needs SINERGIE_TEST_POSTGRES, which build.sh sets after starting a server on loopback).
/// </summary>
internal static class SearchBench
{
    private static readonly string[] Words =
    [
        "asilo", "nido", "doposcuola", "anziani", "badante", "coworking", "ludoteca", "consulenza", "compiti", "vacanze",
        "disabilità", "famiglie", "caregiver", "sportello", "welfare", "babysitter", "pasti", "trasporto", "psicologo", "lavoro",
    ];

    private static readonly string[] Phrases =
    [
        "asilo nido", "centro estivo", "assistenza domiciliare", "spazio compiti", "pre scuola", "servizi per anziani",
        "sostegno alla genitorialità", "conciliazione vita lavoro", "centri estivi comunali", "smart working",
    ];

    private static readonly string[] Typos = ["asilo nidio", "centri estvi", "ludotca", "assistnza domiciliare", "dopscuola", "badnte", "cowrking", "consulneza"];

    private static readonly string[] Prefixes = ["asi", "ludo", "cowo", "dopos", "assist", "centro est", "bab", "spazio comp"];

    public static async Task RunAsync(string[] args)
    {
        var sizes = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).ToList();
        if (sizes.Count == 0)
        {
            sizes = [10_000, 100_000];
        }

        var queries = Option(args, "queries") is { } q && int.TryParse(q, out var n) ? n : 600;
        var postgres = Environment.GetEnvironmentVariable("SINERGIE_TEST_POSTGRES");
        var providers = (Option(args, "providers") ?? (string.IsNullOrEmpty(postgres) ? "sqlite" : "sqlite,postgres")).Split(',');
        if (providers.Contains("postgres") && string.IsNullOrEmpty(postgres))
        {
            Console.WriteLine("PostgreSQL: manca SINERGIE_TEST_POSTGRES (./build.sh bench search avvia un server da sé).");
            providers = [.. providers.Where(p => p != "postgres")];
        }

        Console.WriteLine($"Search bench: sizes {string.Join(", ", sizes)}, {queries} queries each, providers {string.Join(", ", providers)}, {Environment.ProcessorCount} cores");
        var rows = new List<string>();
        foreach (var provider in providers)
        {
            foreach (var size in sizes)
            {
                List<string> childArgs = ["search-one", provider, size.ToString(CultureInfo.InvariantCulture), queries.ToString(CultureInfo.InvariantCulture)];
                var child = StartChild(childArgs);
                string? line;
                while ((line = await child.StandardOutput.ReadLineAsync()) is not null)
                {
                    if (line.StartsWith("| ", StringComparison.Ordinal))
                    {
                        rows.Add(line);
                    }

                    Console.WriteLine(line);
                }

                await child.WaitForExitAsync();
            }
        }

        Console.WriteLine();
        Console.WriteLine("| provider | cards | load s | rebuild: serving s | rebuild: old rows removed s | p50 ms | p95 ms | p99 ms | text+facets p95 ms | distance p95 ms | peak working set MiB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine(row);
        }
    }

    /// <summary>One provider and size, in this process.</summary>
    public static async Task RunOneAsync(string provider, int size, int queries)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "sinergie-search-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var settings = new Dictionary<string, string> { ["Content:SchedulerEnabled"] = "false" };

        // The cache of text matches (facet clicks and pages repeat a text) is on as on the site; off, every query asks the database.
        var cold = Environment.GetEnvironmentVariable("SINERGIE_BENCH_NO_MATCH_CACHE") == "1";
        if (cold)
        {
            settings["Search:MatchCacheIds"] = "0";
        }

        string? database = null;
        if (provider == "postgres")
        {
            database = Environment.GetEnvironmentVariable("SINERGIE_BENCH_DATABASE") ?? "bench_search_" + Guid.NewGuid().ToString("N")[..10];
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Sinergie"] = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("SINERGIE_TEST_POSTGRES")) { Database = database, MaxPoolSize = 20 }.ToString();
        }

        try
        {
            await using var host = new BenchHost(dataPath, settings);
            var services = host.Services;
            var reuse = provider == "postgres" && Environment.GetEnvironmentVariable("SINERGIE_BENCH_DATABASE") is not null;
            var watch = Stopwatch.StartNew();
            if (!reuse)
            {
                await BulkLoader.LoadAsync(services, size, seed: 20_260_101);
            }

            var load = watch.Elapsed;
            Console.WriteLine($"{provider} {size}: loaded in {load.TotalSeconds:F1} s; rebuilding the index…");

            GC.Collect();
            watch.Restart();
            var outcome = reuse && Environment.GetEnvironmentVariable("SINERGIE_BENCH_REBUILD") != "1"
                ? new SearchRebuilder.Outcome(false, 0, TimeSpan.Zero, "Indice esistente: nessuna ricostruzione.")
                : await services.GetRequiredService<SearchRebuilder>().RebuildAsync(null, CancellationToken.None);
            var rebuild = watch.Elapsed;
            Console.WriteLine($"{provider} {size}: {outcome.Message}");

            var (categories, municipalities) = await TaxonomyAsync(services);
            var random = new Random(7);
            var mix = Enumerable.Range(0, queries + 60).Select(_ => Next(random, categories, municipalities)).ToList();
            var timings = new List<(string Kind, double Ms, int Total)>();
            for (var i = 0; i < mix.Count; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var search = scope.ServiceProvider.GetRequiredService<SearchService>();
                var started = Stopwatch.GetTimestamp();
                var results = await search.SearchAsync(mix[i].Request, CancellationToken.None);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (i >= 60)
                {
                    timings.Add((mix[i].Kind, ms, results.Total));
                }
            }

            var all = timings.Select(t => t.Ms).Order().ToList();
            var textFacets = timings.Where(t => t.Kind != "distance").Select(t => t.Ms).Order().ToList();
            var distance = timings.Where(t => t.Kind == "distance").Select(t => t.Ms).Order().ToList();
            foreach (var kind in timings.GroupBy(t => t.Kind).OrderBy(g => g.Key))
            {
                var sorted = kind.Select(t => t.Ms).Order().ToList();
                Console.WriteLine($"  {kind.Key,-16} n={sorted.Count,4}  p50 {P(sorted, 50),7:F1}  p95 {P(sorted, 95),7:F1}  p99 {P(sorted, 99),7:F1} ms  avg results {kind.Average(t => t.Total),8:F0}");
            }

            using var process = Process.GetCurrentProcess();
            var peak = process.PeakWorkingSet64 / 1024.0 / 1024.0;
            Console.WriteLine(FormattableString.Invariant(
                $"| {provider}{(cold ? " (no match cache)" : "")} | {size:N0} | {load.TotalSeconds:F1} | {outcome.Serving?.TotalSeconds ?? 0:F1} | {rebuild.TotalSeconds:F1} | {P(all, 50):F1} | {P(all, 95):F1} | {P(all, 99):F1} | {P(textFacets, 95):F1} | {P(distance, 95):F1} | {peak:F0} |"));
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("SINERGIE_BENCH_KEEP") == "1" || Environment.GetEnvironmentVariable("SINERGIE_BENCH_DATABASE") is not null)
            {
                Console.WriteLine($"Kept for inspection: {database ?? dataPath}");
            }
            else if (database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("SINERGIE_TEST_POSTGRES"));
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }

            try
            {
                if (Environment.GetEnvironmentVariable("SINERGIE_BENCH_KEEP") != "1")
                {
                    Directory.Delete(dataPath, recursive: true);
                }
            }
            catch (IOException)
            {
            }
        }
    }

    private static (string Kind, SearchRequest Request) Next(Random random, IReadOnlyList<string> categories, IReadOnlyList<(string Key, double Lat, double Lng)> municipalities)
    {
        var roll = random.Next(100);
        var request = new SearchRequest { PageSize = 12 };
        string kind;
        if (roll < 25)
        {
            kind = "word";
            request.Text = Words[random.Next(Words.Length)];
        }
        else if (roll < 45)
        {
            kind = "phrase";
            request.Text = Phrases[random.Next(Phrases.Length)];
        }
        else if (roll < 60)
        {
            kind = "typo";
            request.Text = Typos[random.Next(Typos.Length)];
        }
        else if (roll < 75)
        {
            kind = "prefix";
            request.Text = Prefixes[random.Next(Prefixes.Length)];
        }
        else
        {
            kind = "distance";
            var place = municipalities[random.Next(municipalities.Count)];
            request.Text = random.Next(2) == 0 ? Words[random.Next(Words.Length)] : null;
            request.Latitude = place.Lat + ((random.NextDouble() - 0.5) * 0.02);
            request.Longitude = place.Lng + ((random.NextDouble() - 0.5) * 0.02);
            request.Sort = SearchSort.Distance;
            request.RadiusKm = random.Next(3) == 0 ? null : 2 + random.Next(8);
        }

        var facets = random.Next(4);
        var chosen = new[] { 0, 1, 2, 3, 4 }.OrderBy(_ => random.Next()).Take(facets);
        foreach (var facet in chosen)
        {
            switch (facet)
            {
                case 0:
                    request.Facets[SearchFacets.Category] = [categories[random.Next(categories.Count)]];
                    break;
                case 1:
                    request.Facets[SearchFacets.Municipality] = [municipalities[random.Next(municipalities.Count)].Key];
                    break;
                case 2:
                    request.Facets[SearchFacets.Cost] = [SearchFacets.CostValues[random.Next(SearchFacets.CostValues.Count)].Value];
                    break;
                case 3:
                    request.Age = SearchRequest.ParseAge(random.Next(0, 90).ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    request.OpenNow = true;
                    break;
            }
        }

        return (kind, request);
    }



}
