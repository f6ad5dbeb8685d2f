using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SinergieComuni.Bench;

/// <summary>
/// Public page throughput with output caching, as a ratio to nginx serving a static copy of the same HTML, in the same
/// run, on loopback only. Load with wrk when installed, else with an HttpClient loop (the output says which).
/// Usage: ./build.sh bench pages [seconds] [concurrencies, e.g. 8,32]
/// </summary>
internal static partial class PagesBench
{
    private static readonly string[] Paths = ["/", "/notizie/risultati-questionario-conciliazione", "/servizi/asilo-nido-il-bosco-dei-piccoli", "/chi-siamo"];

    public static async Task RunAsync(string[] args)
    {
        var invariant = CultureInfo.InvariantCulture;
        var seconds = args.Length > 0 && int.TryParse(args[0], invariant, out var s) ? Math.Clamp(s, 1, 60) : 5;
        int[] concurrencies = args.Length > 1
            ? [.. args[1].Split(',').Select(c => Math.Clamp(int.Parse(c, invariant), 1, 256))]
            : [8, 32];
        var work = Path.Combine(Path.GetTempPath(), "sinergie-pages-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        Process? nginx = null;
        try
        {
            await using var host = new BenchHost(Path.Combine(work, "data"), new Dictionary<string, string> { ["PageCache:Enabled"] = "true" });
            host.UseKestrel(0);
            host.StartServer();
            var site = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

            // The static copy: each page's HTML at the same path, fetched as an anonymous first visit.
            var root = Path.Combine(work, "www");
            using var client = new HttpClient();
            foreach (var path in Paths)
            {
                using var response = await client.GetAsync(site + path);
                response.EnsureSuccessStatusCode();
                var folder = Path.Combine(root, path.Trim('/'));
                Directory.CreateDirectory(folder);
                await File.WriteAllBytesAsync(Path.Combine(folder, "index.html"), await response.Content.ReadAsByteArrayAsync());
            }

            var nginxPath = Which("nginx") ?? (File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : null);
            var wrkPath = Which("wrk");
            string? staticSite = null;
            if (nginxPath is null)
            {
                Console.WriteLine("nginx non trovato (pacchetto Debian 'nginx'): misuro solo il sito, senza il rapporto con nginx.");
            }
            else
            {
                var port = FreePort();
                await File.WriteAllTextAsync(Path.Combine(work, "nginx.conf"), NginxConf(work, root, port));
                nginx = Process.Start(new ProcessStartInfo(nginxPath, ["-p", work, "-c", Path.Combine(work, "nginx.conf")])
                {
                    RedirectStandardError = true,
                    RedirectStandardOutput = true,
                })!;
                staticSite = $"http://127.0.0.1:{port}";
                await WaitForAsync(client, staticSite + "/");
            }

            Console.WriteLine($"Carico: {(wrkPath is null ? "generatore HttpClient interno (wrk non trovato, pacchetto Debian 'wrk')" : "wrk " + WrkVersion(wrkPath))}; {seconds} s per misura; server e carico sugli stessi {Environment.ProcessorCount} core.");
            Console.WriteLine($"{"pagina",-42} {"conc",5} {"sito req/s",11} {"p50 ms",8} {"p99 ms",8} {"nginx req/s",12} {"p50 ms",8} {"p99 ms",8} {"sito/nginx",11}");
            // Warm-up of every page first, so JIT and tiered compilation do not land on the first measured page.
            foreach (var path in Paths)
            {
                await LoadAsync(wrkPath, site + path, 3, concurrencies.Max());
            }

            foreach (var path in Paths)
            {
                foreach (var concurrency in concurrencies)
                {
                    // Warm-up: the cache entry, nginx's open files.
                    await LoadAsync(wrkPath, site + path, 2, concurrency);
                    var app = await LoadAsync(wrkPath, site + path, seconds, concurrency);
                    var reference = staticSite is null ? null : await LoadAsync(wrkPath, staticSite + path, seconds, concurrency);
                    Console.WriteLine(string.Create(invariant,
                        $"{path,-42} {concurrency,5} {app.RequestsPerSecond,11:F0} {app.P50,8:F2} {app.P99,8:F2} {reference?.RequestsPerSecond ?? 0,12:F0} {reference?.P50 ?? 0,8:F2} {reference?.P99 ?? 0,8:F2} {(reference is null ? "-" : (app.RequestsPerSecond / reference.RequestsPerSecond).ToString("P0", invariant)),11}"));
                }
            }
        }
        finally
        {
            if (nginx is { HasExited: false })
            {
                nginx.Kill(entireProcessTree: true);
                await nginx.WaitForExitAsync();
            }

            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private sealed record Load(double RequestsPerSecond, double P50, double P99);

    private static async Task<Load> LoadAsync(string? wrk, string url, int seconds, int concurrency) =>
        wrk is null ? await HttpClientLoadAsync(url, seconds, concurrency) : await WrkLoadAsync(wrk, url, seconds, concurrency);

    private static async Task<Load> WrkLoadAsync(string wrk, string url, int seconds, int concurrency)
    {
        var threads = Math.Min(2, concurrency);
        var info = new ProcessStartInfo(wrk, ["-t", threads.ToString(CultureInfo.InvariantCulture), "-c", concurrency.ToString(CultureInfo.InvariantCulture),
            "-d", seconds.ToString(CultureInfo.InvariantCulture) + "s", "--latency", "--timeout", "5s", url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var rps = double.Parse(RequestsPerSecondLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        return new Load(rps, WrkLatency(output, "50%"), WrkLatency(output, "99%"));
    }

    private static double WrkLatency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static async Task<Load> HttpClientLoadAsync(string url, int seconds, int concurrency)
    {
        const int MaxRequests = 500_000;
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler);
        var latencies = new List<double>[concurrency];
        var count = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            latencies[worker] = [];
            while (watch.Elapsed.TotalSeconds < seconds && Interlocked.Increment(ref count) <= MaxRequests)
            {
                var t = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(url);
                await response.Content.CopyToAsync(Stream.Null);
                latencies[worker].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(p * all.Length))];
        return new Load(all.Length / watch.Elapsed.TotalSeconds, Percentile(0.5), Percentile(0.99));
    }

    private static string NginxConf(string work, string root, int port) => $$"""
        daemon off;
        master_process on;
        worker_processes {{Environment.ProcessorCount}};
        pid {{work}}/nginx.pid;
        error_log {{work}}/error.log warn;
        events { worker_connections 1024; }
        http {
            access_log off;
            client_body_temp_path {{work}}/client_temp;
            proxy_temp_path {{work}}/proxy_temp;
            fastcgi_temp_path {{work}}/fastcgi_temp;
            uwsgi_temp_path {{work}}/uwsgi_temp;
            scgi_temp_path {{work}}/scgi_temp;
            default_type text/html;
            charset utf-8;
            sendfile on;
            keepalive_requests 100000;
            server {
                listen 127.0.0.1:{{port}};
                root {{root}};
                location / { try_files $uri $uri/index.html =404; }
            }
        }
        """;

    private static async Task WaitForAsync(HttpClient client, string url)
    {
        for (var i = 0; i < 50; i++)
        {
            try
            {
                using var response = await client.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("nginx did not answer on " + url);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Append("/usr/sbin").Append("/usr/bin")
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);

    private static string WrkVersion(string wrk)
    {
        using var process = Process.Start(new ProcessStartInfo(wrk, ["-v"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return text.Split('\n')[0].Trim();
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecondLine();
}
