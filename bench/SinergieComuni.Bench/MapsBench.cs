using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Npgsql;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Maps;
using SinergieComuni.Web.Features.Search;
using SinergieComuni.Web.Features.Services;

using static SinergieComuni.Bench.BenchSupport;

namespace SinergieComuni.Bench;

/// <summary>
/// Maps benchmark: loads generated cards so that the number of venues is about each size, rebuilds the search index,
/// then times GET /api/map/services.geojson through the in-process client: a mix of map-viewport requests (random boxes
/// of 2–10 km around the municipalities, 0–2 filters, sometimes a word) and "whole district, no filter" requests that
/// return every venue. For the browser size on SQLite it also starts the site on a loopback port and opens /mappa in
/// headless Chromium (Playwright): times to DOMContentLoaded, to #map[data-markers] and to the first cluster/marker in
/// the DOM, main-thread blocking, a requestAnimationFrame round-trip and a click on a cluster (zoom) — with tiles off
/// (Maps:TileUrl empty: there is no internet here, and tiles are the tile server's work, not ours).
/// Figures only, no assertions. Each provider and size runs in a child process, as in <see cref="SearchBench"/>.
/// Usage: ./build.sh bench maps [sizes…] [--requests=N] [--providers=sqlite,postgres] [--browser-size=N|off] [--browser-runs=N]
/// (PostgreSQL needs SINERGIE_TEST_POSTGRES, which build.sh sets after starting a server on loopback;
/// SINERGIE_CHROMIUM names the Chromium executable, /usr/bin/chromium by default.)
/// </summary>
internal static class MapsBench
{
    /// <summary>The generator gives 1 venue to 70% of cards, 2 to 20%, 3 to 10%.</summary>
    private const double VenuesPerCard = 1.4;

    private const int WarmUp = 60;
    private const int WholeDistrictRequests = 20;
    private const string RowTag = "ROW-MAPS ";
    private const string BrowserRowTag = "ROW-BROWSER ";

    private static readonly string[] Words =
    [
        "asilo", "nido", "doposcuola", "anziani", "badante", "coworking", "ludoteca", "consulenza", "compiti", "vacanze",
        "famiglie", "sportello", "babysitter", "pasti", "trasporto", "centro estivo", "spazio compiti",
    ];

    public static async Task RunAsync(string[] args)
    {
        var sizes = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).ToList();
        if (sizes.Count == 0)
        {
            sizes = [10_000, 100_000];
        }

        var requests = Option(args, "requests") is { } r && int.TryParse(r, out var n) ? n : 600;
        var browserSize = Option(args, "browser-size") is { } b ? (int.TryParse(b, out var bs) ? bs : 0) : 10_000;
        var browserRuns = Option(args, "browser-runs") is { } br && int.TryParse(br, out var runs) ? Math.Clamp(runs, 1, 50) : 5;
        var postgres = Environment.GetEnvironmentVariable("SINERGIE_TEST_POSTGRES");
        var providers = (Option(args, "providers") ?? (string.IsNullOrEmpty(postgres) ? "sqlite" : "sqlite,postgres")).Split(',');
        if (providers.Contains("postgres") && string.IsNullOrEmpty(postgres))
        {
            Console.WriteLine("PostgreSQL: manca SINERGIE_TEST_POSTGRES (./build.sh bench maps avvia un server da sé).");
            providers = [.. providers.Where(p => p != "postgres")];
        }

        Console.WriteLine($"Maps bench: venues {string.Join(", ", sizes)}, {requests} GeoJSON requests each (+{WarmUp} warm-up), providers {string.Join(", ", providers)}, "
            + $"browser {(browserSize > 0 && sizes.Contains(browserSize) && providers.Contains("sqlite") ? $"at {browserSize} on sqlite, {browserRuns} runs" : "off")}, {Environment.ProcessorCount} cores");
        var rows = new List<string>();
        var browserRows = new List<string>();
        var total = Stopwatch.StartNew();
        foreach (var provider in providers)
        {
            foreach (var size in sizes)
            {
                var browser = provider == "sqlite" && size == browserSize ? browserRuns : 0;
                List<string> childArgs = ["maps-one", provider, size.ToString(CultureInfo.InvariantCulture), requests.ToString(CultureInfo.InvariantCulture), browser.ToString(CultureInfo.InvariantCulture)];
                var child = StartChild(childArgs);
                string? line;
                while ((line = await child.StandardOutput.ReadLineAsync()) is not null)
                {
                    if (line.StartsWith(RowTag, StringComparison.Ordinal))
                    {
                        line = line[RowTag.Length..];
                        rows.Add(line);
                    }
                    else if (line.StartsWith(BrowserRowTag, StringComparison.Ordinal))
                    {
                        line = line[BrowserRowTag.Length..];
                        browserRows.Add(line);
                    }

                    Console.WriteLine(line);
                }

                await child.WaitForExitAsync();
                if (child.ExitCode != 0)
                {
                    Console.WriteLine($"{provider} {size}: the child process ended with code {child.ExitCode}.");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Maps bench finished in {total.Elapsed.TotalMinutes:F1} min.");
        Console.WriteLine();
        Console.WriteLine("GeoJSON (/api/map/services.geojson, in-process client; viewport = random 2–10 km boxes around the municipalities with 0–2 filters and sometimes a word; whole district = bbox of Maps:Area, no filter)");
        Console.WriteLine();
        Console.WriteLine("| provider | cards | venues on the map | load s | rebuild s | viewport p50 ms | viewport p95 ms | viewport p99 ms | viewport mean features | whole district p50 ms | whole district p95 ms | whole district MiB | peak working set MiB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine(row);
        }

        if (browserRows.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("/mappa in headless Chromium (Kestrel on loopback; tiles off = Maps:TileUrl empty; new browser context each run, after one warm-up; times from navigation start; median / max of the runs)");
            Console.WriteLine();
            Console.WriteLine("| provider | tiles | venues (markers) | runs | DOMContentLoaded ms | #map[data-markers] ms | first cluster/marker in DOM ms | main thread quiet ms | longest task ms | total blocking ms | longest frame gap ms | rAF round-trip after load ms | cluster click → next frame ms | cluster click → zoomend ms | GeoJSON fetch ms | GeoJSON KiB |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var row in browserRows)
            {
                Console.WriteLine(row);
            }
        }
    }

    /// <summary>One provider and size, in this process; <paramref name="browserRuns"/> &gt; 0 also measures /mappa in Chromium (SQLite only).</summary>
    public static async Task RunOneAsync(string provider, int size, int requests, int browserRuns)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "sinergie-maps-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var settings = new Dictionary<string, string>
        {
            ["Content:SchedulerEnabled"] = "false",
            // One client asks everything: the per-client limit of the public API would answer 429 after 600 a minute.
            ["Search:RequestsPerMinute"] = "1000000",
            // No internet here: no background tiles (map.js shows its note and carries on with the markers).
            ["Maps:TileUrl"] = "",
        };

        string? database = null;
        if (provider == "postgres")
        {
            database = "bench_maps_" + Guid.NewGuid().ToString("N")[..10];
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Sinergie"] = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("SINERGIE_TEST_POSTGRES")) { Database = database, MaxPoolSize = 20 }.ToString();
        }

        var cards = (int)Math.Round(size / VenuesPerCard);
        int venues;
        try
        {
            await using (var host = new BenchHost(dataPath, settings))
            {
                var services = host.Services;
                var watch = Stopwatch.StartNew();
                await BulkLoader.LoadAsync(services, cards, seed: 20_260_101);
                var load = watch.Elapsed;
                Console.WriteLine($"{provider} {size}: {cards:N0} cards loaded in {load.TotalSeconds:F1} s; rebuilding the index…");

                GC.Collect();
                watch.Restart();
                var outcome = await services.GetRequiredService<SearchRebuilder>().RebuildAsync(null, CancellationToken.None);
                var rebuild = watch.Elapsed;
                Console.WriteLine($"{provider} {size}: {outcome.Message} ({rebuild.TotalSeconds:F1} s)");

                var (categories, municipalities) = await TaxonomyAsync(services);
                var area = services.GetRequiredService<IOptions<MapOptions>>().Value.AreaBox;
                using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
                client.Timeout = TimeSpan.FromMinutes(5);

                // The whole district first: every venue on the map, which is also the venue count reported.
                var whole = $"{GeoJsonEndpoint.Path}?bbox={Box(area)}";
                var (_, first) = await GetAsync(client, whole);
                venues = CountFeatures(first);
                using (var check = JsonDocument.Parse(first))
                {
                    var parsed = check.RootElement.GetProperty("features").GetArrayLength();
                    if (parsed != venues)
                    {
                        Console.WriteLine($"  (feature count by scan {venues} differs from the parsed count {parsed}: using the parsed one)");
                        venues = parsed;
                    }
                }

                var unbounded = await GetAsync(client, GeoJsonEndpoint.Path);
                Console.WriteLine($"{provider} {size}: {venues:N0} venues on the map ({venues / (double)Math.Max(cards, 1):F2} per card, demo content included); "
                    + $"whole district {first.Length / 1048576.0:F1} MiB; without bbox {CountFeatures(unbounded.Body):N0} features");

                var random = new Random(7);
                var mix = Enumerable.Range(0, requests + WarmUp).Select(_ => Next(random, categories, municipalities)).ToList();
                var timings = new List<(string Kind, double Ms, int Features)>();
                var failures = 0;
                for (var i = 0; i < mix.Count; i++)
                {
                    var (ms, body) = await GetAsync(client, mix[i].Url);
                    if (body.Length == 0)
                    {
                        failures++;
                        continue;
                    }

                    if (i >= WarmUp)
                    {
                        timings.Add((mix[i].Kind, ms, CountFeatures(body)));
                    }
                }

                var viewport = timings.Select(t => t.Ms).Order().ToList();
                foreach (var kind in timings.GroupBy(t => t.Kind).OrderBy(g => g.Key))
                {
                    var sorted = kind.Select(t => t.Ms).Order().ToList();
                    Console.WriteLine($"  {kind.Key,-18} n={sorted.Count,4}  p50 {P(sorted, 50),7:F1}  p95 {P(sorted, 95),7:F1}  p99 {P(sorted, 99),7:F1} ms  mean features {kind.Average(t => t.Features),7:F0}  max {kind.Max(t => t.Features),6}");
                }

                if (failures > 0)
                {
                    Console.WriteLine($"  {failures} requests did not answer 200 (left out)");
                }

                // Whole district, no filter: a couple of warm-up, then timed; the same without any bbox, as /mappa asks.
                var wholeTimes = new List<double>();
                var noBboxTimes = new List<double>();
                for (var i = 0; i < WholeDistrictRequests + 2; i++)
                {
                    var (ms, _) = await GetAsync(client, whole);
                    if (i >= 2)
                    {
                        wholeTimes.Add(ms);
                    }
                }

                for (var i = 0; i < (WholeDistrictRequests / 2) + 1; i++)
                {
                    var (ms, _) = await GetAsync(client, GeoJsonEndpoint.Path);
                    if (i >= 1)
                    {
                        noBboxTimes.Add(ms);
                    }
                }

                wholeTimes.Sort();
                noBboxTimes.Sort();
                Console.WriteLine($"  {"whole district",-18} n={wholeTimes.Count,4}  p50 {P(wholeTimes, 50),7:F1}  p95 {P(wholeTimes, 95),7:F1}  max {wholeTimes.LastOrDefault(),7:F1} ms  features {venues}");
                Console.WriteLine($"  {"no bbox (as /mappa)",-18} n={noBboxTimes.Count,4}  p50 {P(noBboxTimes, 50),7:F1}  p95 {P(noBboxTimes, 95),7:F1}  max {noBboxTimes.LastOrDefault(),7:F1} ms");

                using var process = Process.GetCurrentProcess();
                var peak = process.PeakWorkingSet64 / 1024.0 / 1024.0;
                Console.WriteLine(RowTag + FormattableString.Invariant(
                    $"| {provider} | {cards:N0} | {venues:N0} | {load.TotalSeconds:F1} | {rebuild.TotalSeconds:F1} | {P(viewport, 50):F1} | {P(viewport, 95):F1} | {P(viewport, 99):F1} | {timings.Average(t => t.Features):F0} | {P(wholeTimes, 50):F1} | {P(wholeTimes, 95):F1} | {first.Length / 1048576.0:F1} | {peak:F0} |"));
            }

            if (browserRuns > 0)
            {
                if (provider != "sqlite")
                {
                    Console.WriteLine("Browser part: SQLite only.");
                }
                else
                {
                    SqliteConnection.ClearAllPools();
                    await BrowserAsync(dataPath, settings, browserRuns, provider, venues);
                }
            }
        }
        finally
        {
            if (database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("SINERGIE_TEST_POSTGRES"));
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }

            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataPath, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>
    /// The site again on the same database, on a loopback port, and /mappa in headless Chromium with tiles off
    /// (Maps:TileUrl empty). When the warm-up run fails the run is reported as failed and not repeated.
    /// </summary>
    private static async Task BrowserAsync(string dataPath, Dictionary<string, string> settings, int runs, string provider, int venues)
    {
        var executable = Environment.GetEnvironmentVariable("SINERGIE_CHROMIUM");
        if (string.IsNullOrWhiteSpace(executable))
        {
            executable = "/usr/bin/chromium";
        }

        if (!File.Exists(executable))
        {
            Console.WriteLine($"Browser part skipped: Chromium not found at {executable} (apt-get install chromium, or set SINERGIE_CHROMIUM).");
            Console.WriteLine(BrowserRowTag + $"| {provider} | — | {venues:N0} | skipped: no Chromium at {executable} | | | | | | | | | | | | |");
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Console.WriteLine($"Browser part: Chromium {browser.Version} ({executable}), headless, 1280×900");
        foreach (var (mode, tileUrl) in new[] { ("off", "") })
        {
            var watch = Stopwatch.StartNew();
            var siteSettings = new Dictionary<string, string>(settings)
            {
                ["Maps:TileUrl"] = tileUrl,
                ["Logging:LogLevel:Microsoft.AspNetCore.HttpsPolicy"] = "Error",
            };
            await using var site = new BenchHost(dataPath, siteSettings);
            site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            site.StartServer();
            var address = new Uri(site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
            Console.WriteLine($"  tiles {mode}: site on {address} (start-up on the loaded database {watch.Elapsed.TotalSeconds:F1} s){(tileUrl.Length > 0 ? ", tiles " + tileUrl : "")}");

            var results = new List<BrowserRun>();
            string? failure = null;
            // Run 0 is a warm-up (the server's first /mappa and GeoJSON: JIT, caches), shown but not counted.
            for (var run = 0; run <= runs; run++)
            {
                var name = run == 0 ? "warm-up" : $"run {run}";
                try
                {
                    var result = await BrowserRunAsync(browser, address);
                    Console.WriteLine($"    {name,-8} {result}");
                    if (run > 0)
                    {
                        results.Add(result);
                    }
                }
                catch (Exception exception) when (exception is PlaywrightException or TimeoutException or InvalidOperationException)
                {
                    failure = exception.Message.Split('\n')[0];
                    Console.WriteLine($"    {name,-8} failed: {failure}");
                    if (run == 0)
                    {
                        break;
                    }
                }
            }

            if (results.Count == 0)
            {
                Console.WriteLine(BrowserRowTag + $"| {provider} | {mode} | {venues:N0} | failed: {failure?.Replace("|", "/", StringComparison.Ordinal)} | | | | | | | | | | | | |");
                continue;
            }

            string Cell(Func<BrowserRun, double?> value, string format = "F0")
            {
                var values = results.Select(value).OfType<double>().Order().ToList();
                if (values.Count == 0)
                {
                    return "n/a";
                }

                var median = values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
                var cell = $"{median.ToString(format, CultureInfo.InvariantCulture)} / {values[^1].ToString(format, CultureInfo.InvariantCulture)}";
                return values.Count < results.Count ? $"{cell} ({values.Count} of {results.Count})" : cell;
            }

            var markers = string.Join(", ", results.Select(r => r.Markers).Distinct());
            Console.WriteLine(BrowserRowTag + $"| {provider} | {mode} | {venues:N0} ({markers}) | {results.Count} of {runs} | {Cell(r => r.DomContentLoaded)} | {Cell(r => r.MarkersAttribute)} | {Cell(r => r.FirstMarker)} | "
                + $"{Cell(r => r.Quiet)} | {Cell(r => r.LongestTask)} | {Cell(r => r.TotalBlocking)} | {Cell(r => r.LongestFrameGap)} | {Cell(r => r.FrameRoundTrip, "F1")} | "
                + $"{Cell(r => r.ClickToFrame)} | {Cell(r => r.ClickToZoomEnd)} | {Cell(r => r.GeoJsonFetch)} | {Cell(r => r.GeoJsonKiB)} |");
        }
    }

    private sealed record BrowserRun(
        double DomContentLoaded, double MarkersAttribute, double FirstMarker, string Markers, double Quiet, double LongestTask, double TotalBlocking,
        double LongestFrameGap, double FrameRoundTrip, double? ClickToFrame, double? ClickToZoomEnd, int ClusterSize, double? GeoJsonFetch, double? GeoJsonKiB, int Errors)
    {
        public override string ToString() =>
            FormattableString.Invariant($"DCL {DomContentLoaded,6:F0}  data-markers {MarkersAttribute,6:F0} ({Markers})  first cluster {FirstMarker,6:F0}  quiet {Quiet,6:F0}  longest task {LongestTask,5:F0}  TBT {TotalBlocking,5:F0}  ")
            + FormattableString.Invariant($"frame gap {LongestFrameGap,5:F0}  rAF {FrameRoundTrip,5:F1}  click→frame {Ms(ClickToFrame)}  click→zoomend {Ms(ClickToZoomEnd)} (cluster of {ClusterSize})  ")
            + FormattableString.Invariant($"GeoJSON {Ms(GeoJsonFetch)} ms {Ms(GeoJsonKiB)} KiB{(Errors > 0 ? $"  {Errors} page errors" : "")}");

        private static string Ms(double? value) => value?.ToString("F0", CultureInfo.InvariantCulture) ?? "n/a";
    }

    /// <summary>
    /// Before any script of the page: when #map gets data-markers and when the first cluster or marker is in the DOM
    /// (a MutationObserver), long tasks, and the longest gap between animation frames once the DOM is parsed.
    /// </summary>
    private const string InitScript = """
        (() => {
            if (window.top !== window) return;
            const b = window.__bench = { markers: null, markerCount: null, firstMarker: null, frameAfterMarkers: null, longTasks: [], maxGap: 0, stopFrames: false };
            try {
                new PerformanceObserver(list => { for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]); })
                    .observe({ type: "longtask", buffered: true });
            } catch (e) { b.noLongTasks = true; }
            let last = null;
            const frame = () => {
                const now = performance.now();
                if (document.readyState !== "loading") {
                    if (last !== null) b.maxGap = Math.max(b.maxGap, now - last);
                    last = now;
                }
                if (!b.stopFrames) requestAnimationFrame(frame);
            };
            requestAnimationFrame(frame);
            const check = () => {
                const map = document.getElementById("map");
                if (b.markers === null && map && map.hasAttribute("data-markers")) {
                    const t = b.markers = performance.now();
                    b.markerCount = map.getAttribute("data-markers");
                    requestAnimationFrame(() => { b.frameAfterMarkers = performance.now() - t; });
                }
                if (b.firstMarker === null && document.querySelector("#map .marker-cluster, #map .sc-map-marker")) {
                    b.firstMarker = performance.now();
                }
                if (b.markers !== null && b.firstMarker !== null) observer.disconnect();
            };
            const observer = new MutationObserver(check);
            observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-markers"] });
        })();
        """;

    private static async Task<BrowserRun> BrowserRunAsync(IBrowser browser, Uri address)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            Locale = "it-IT",
            TimezoneId = "Europe/Rome",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        await context.AddInitScriptAsync(InitScript);
        var page = await context.NewPageAsync();
        var errors = 0;
        string? pageError = null;
        page.PageError += (_, error) =>
        {
            pageError ??= error.Split('\n')[0].TrimStart(':', ' ');
            if (++errors <= 3)
            {
                Console.WriteLine($"    [page error] {error.Split('\n')[0].TrimStart(':', ' ')}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && ++errors <= 3)
            {
                Console.WriteLine($"    [console error] {message.Text}");
            }
        };

        await page.GotoAsync("mappa", new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });

        // Polled from here (the page's own timestamps are what count): markers set and first cluster in the DOM.
        var deadline = Stopwatch.StartNew();
        while (!await page.EvaluateAsync<bool>("() => !!window.__bench && window.__bench.markers !== null && window.__bench.firstMarker !== null && window.__bench.frameAfterMarkers !== null"))
        {
            if (pageError is not null && deadline.Elapsed > TimeSpan.FromSeconds(15))
            {
                throw new TimeoutException($"no markers 15 s after a page error: {pageError}");
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(120))
            {
                var state = await page.EvaluateAsync<string>("() => JSON.stringify({ markers: window.__bench && window.__bench.markerCount, attr: document.getElementById('map') && document.getElementById('map').getAttribute('data-markers') })");
                throw new TimeoutException($"markers not shown within 120 s: {state}");
            }

            await Task.Delay(25);
        }

        // Then until the main thread has been free of long tasks for a second (chunked loading of the clusters), up to 180 s in all.
        while (deadline.Elapsed < TimeSpan.FromSeconds(180))
        {
            var idle = await page.EvaluateAsync<double>("""
                () => {
                    const b = window.__bench;
                    const lastEnd = b.longTasks.reduce((m, t) => Math.max(m, t[0] + t[1]), b.firstMarker);
                    return performance.now() - Math.max(lastEnd, b.firstMarker);
                }
                """);
            if (idle >= 1000)
            {
                break;
            }

            await Task.Delay(100);
        }

        var figures = await page.EvaluateAsync<JsonElement>("""
            () => {
                const b = window.__bench;
                b.stopFrames = true;
                const nav = performance.getEntriesByType("navigation")[0];
                const geo = performance.getEntriesByType("resource").filter(e => e.name.includes("/api/map/services.geojson")).pop();
                const quiet = b.longTasks.reduce((m, t) => Math.max(m, t[0] + t[1]), b.firstMarker);
                return {
                    dcl: nav ? nav.domContentLoadedEventStart : -1,
                    markers: b.markers, markerCount: b.markerCount, firstMarker: b.firstMarker, quiet,
                    longest: b.longTasks.reduce((m, t) => Math.max(m, t[1]), 0),
                    blocking: b.longTasks.reduce((s, t) => s + Math.max(0, t[1] - 50), 0),
                    maxGap: b.maxGap, frameAfterMarkers: b.frameAfterMarkers, noLongTasks: !!b.noLongTasks,
                    geoMs: geo ? geo.responseEnd - geo.startTime : null,
                    geoKiB: geo ? geo.decodedBodySize / 1024 : null,
                };
            }
            """);

        // Responsiveness once loaded: a requestAnimationFrame round-trip (two frames, median of five).
        var frame = await page.EvaluateAsync<double>("""
            async () => {
                const times = [];
                for (let i = 0; i < 5; i++) {
                    const t = performance.now();
                    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                    times.push(performance.now() - t);
                }
                times.sort((a, b) => a - b);
                return times[2];
            }
            """);

        // A click on the largest cluster well inside the map: until the next frame, and until Leaflet's zoomend.
        double? clickFrame = null, zoomEnd = null;
        var clusterSize = await page.EvaluateAsync<int>("""
            () => {
                const map = document.getElementById("map"), r = map.getBoundingClientRect();
                let best = null, bestCount = -1;
                for (const el of map.querySelectorAll(".marker-cluster")) {
                    const c = el.getBoundingClientRect(), x = c.left + c.width / 2, y = c.top + c.height / 2;
                    if (x < r.left + 30 || x > r.right - 30 || y < r.top + 30 || y > r.bottom - 30) continue;
                    const n = parseInt(el.textContent, 10) || 0;
                    if (n > bestCount) { best = el; bestCount = n; }
                }
                if (!best || !window.L) return -1;
                best.setAttribute("data-bench-target", "1");
                const b = window.__bench;
                b.click = null; b.clickFrame = null; b.zoomEnd = null;
                document.addEventListener("click", () => {
                    if (b.click !== null) return;
                    b.click = performance.now();
                    requestAnimationFrame(() => { b.clickFrame = performance.now() - b.click; });
                }, { capture: true });
                const fire = L.Evented.prototype.fire;
                L.Evented.prototype.fire = function (type) {
                    if (type === "zoomend" && this instanceof L.Map && b.click !== null && b.zoomEnd === null) {
                        b.zoomEnd = performance.now() - b.click;
                        L.Evented.prototype.fire = fire;
                    }
                    return fire.apply(this, arguments);
                };
                return bestCount;
            }
            """);
        if (clusterSize >= 0)
        {
            try
            {
                await page.Locator("[data-bench-target]").ClickAsync(new LocatorClickOptions { Timeout = 10_000 });
                var waited = Stopwatch.StartNew();
                while (waited.Elapsed < TimeSpan.FromSeconds(15) && !await page.EvaluateAsync<bool>("() => window.__bench.zoomEnd !== null && window.__bench.clickFrame !== null"))
                {
                    await Task.Delay(20);
                }

                var click = await page.EvaluateAsync<JsonElement>("() => ({ frame: window.__bench.clickFrame, zoom: window.__bench.zoomEnd })");
                clickFrame = Number(click, "frame");
                zoomEnd = Number(click, "zoom");
            }
            catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
            {
                Console.WriteLine($"    cluster click failed: {exception.Message.Split('\n')[0]}");
            }
        }

        if (figures.GetProperty("noLongTasks").GetBoolean())
        {
            Console.WriteLine("    (this Chromium reports no long tasks: longest task and blocking time read 0)");
        }

        return new BrowserRun(
            figures.GetProperty("dcl").GetDouble(),
            figures.GetProperty("markers").GetDouble(),
            figures.GetProperty("firstMarker").GetDouble(),
            figures.GetProperty("markerCount").GetString() ?? "?",
            figures.GetProperty("quiet").GetDouble(),
            figures.GetProperty("longest").GetDouble(),
            figures.GetProperty("blocking").GetDouble(),
            figures.GetProperty("maxGap").GetDouble(),
            frame,
            clickFrame,
            zoomEnd,
            clusterSize,
            Number(figures, "geoMs"),
            Number(figures, "geoKiB"),
            errors);
    }

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    /// <summary>The time until the whole body is read, and the body (empty when the status is not 200).</summary>
    private static async Task<(double Ms, byte[] Body)> GetAsync(HttpClient client, string url)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Console.WriteLine($"  {(int)response.StatusCode} for {url}: {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 300)))}");
            return (ms, []);
        }

        return (ms, body);
    }

    /// <summary>Features in a compact GeoJSON body: each is the only place "type":"Feature" (closing quote included) occurs.</summary>
    private static int CountFeatures(ReadOnlySpan<byte> body)
    {
        ReadOnlySpan<byte> marker = "\"type\":\"Feature\""u8;
        var count = 0;
        int at;
        while ((at = body.IndexOf(marker)) >= 0)
        {
            count++;
            body = body[(at + marker.Length)..];
        }

        return count;
    }

    /// <summary>A map viewport of 2–10 km (width; height 60–100% of it) near a municipality, with 0–2 filters and sometimes a word.</summary>
    private static (string Kind, string Url) Next(Random random, IReadOnlyList<string> categories, IReadOnlyList<(string Key, double Lat, double Lng)> municipalities)
    {
        var place = municipalities[random.Next(municipalities.Count)];
        var widthKm = 2 + (random.NextDouble() * 8);
        var heightKm = widthKm * (0.6 + (random.NextDouble() * 0.4));
        var kmPerLng = 111.32 * Math.Cos(place.Lat * Math.PI / 180);
        var centreLat = place.Lat + ((random.NextDouble() - 0.5) * 3 / 111.32);
        var centreLng = place.Lng + ((random.NextDouble() - 0.5) * 3 / kmPerLng);
        var box = new GeoBox(
            centreLng - (widthKm / 2 / kmPerLng),
            centreLat - (heightKm / 2 / 111.32),
            centreLng + (widthKm / 2 / kmPerLng),
            centreLat + (heightKm / 2 / 111.32));
        var parameters = new List<string> { "bbox=" + Box(box) };

        var word = random.Next(100) < 25 ? Words[random.Next(Words.Length)] : null;
        if (word is not null)
        {
            parameters.Add("q=" + Uri.EscapeDataString(word));
        }

        var filters = random.Next(3);
        foreach (var filter in new[] { 0, 1, 2, 3, 4 }.OrderBy(_ => random.Next()).Take(filters))
        {
            parameters.Add(filter switch
            {
                0 => $"{SearchFacets.Category}={Uri.EscapeDataString(categories[random.Next(categories.Count)])}",
                // Mostly the municipality the map is looking at, sometimes another one (few or no venues in view).
                1 => $"{SearchFacets.Municipality}={Uri.EscapeDataString(random.Next(10) < 7 ? place.Key : municipalities[random.Next(municipalities.Count)].Key)}",
                2 => $"{SearchFacets.Cost}={SearchFacets.CostValues[random.Next(SearchFacets.CostValues.Count)].Value}",
                3 => $"{SearchFacets.Age}={random.Next(0, 90).ToString(CultureInfo.InvariantCulture)}",
                _ => $"{SearchFacets.OpenNow}=true",
            });
        }

        var kind = (word is null ? "bbox" : "bbox+word") + (filters == 0 ? "" : $"+{filters} filter{(filters > 1 ? "s" : "")}");
        return (kind, GeoJsonEndpoint.Path + "?" + string.Join('&', parameters));
    }

    private static string Box(GeoBox box) => FormattableString.Invariant($"{box.MinLongitude:F5},{box.MinLatitude:F5},{box.MaxLongitude:F5},{box.MaxLatitude:F5}");



}
