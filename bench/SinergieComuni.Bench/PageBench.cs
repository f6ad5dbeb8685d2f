using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Bench;

namespace SinergieComuni.Bench;

// Page-serving benchmark: requests per second and latency percentiles for the public pages,
// with a bounded number of requests on loopback only. Usage: ./build.sh bench [seconds] [concurrency]
internal static class PageBench
{
    public static async Task Main(string[] args)
    {
        if (args is ["generate", ..])
        {
            await BulkLoader.RunCommandAsync(args[1..]);
            return;
        }

        if (args is ["search", ..])
        {
            await SearchBench.RunAsync(args[1..]);
            return;
        }

        if (args is ["pages", ..])
        {
            await PagesBench.RunAsync(args[1..]);
            return;
        }

        if (args is ["maps", ..])
        {
            await MapsBench.RunAsync(args[1..]);
            return;
        }

        if (args is ["images", ..])
        {
            await ImageBench.RunAsync(args[1..]);
            return;
        }

        if (args is ["images-rusage", var image])
        {
            await ImageBench.RunRusageChildAsync(image);
            return;
        }

        if (args is ["maps-one", var mapsProvider, var mapsSize, var requests, var browserRuns])
        {
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            await MapsBench.RunOneAsync(mapsProvider, int.Parse(mapsSize, invariant), int.Parse(requests, invariant), int.Parse(browserRuns, invariant));
            return;
        }

        if (args is ["search-one", var provider, var size, var queries])
        {
            await SearchBench.RunOneAsync(provider, int.Parse(size, System.Globalization.CultureInfo.InvariantCulture), int.Parse(queries, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        var seconds = args.Length > 0 && int.TryParse(args[0], out var s) ? Math.Clamp(s, 1, 120) : 10;
        var concurrency = args.Length > 1 && int.TryParse(args[1], out var c) ? Math.Clamp(c, 1, 256) : 16;
        const int MaxRequestsPerPath = 200_000;
        string[] paths = ["/", "/chi-siamo", "/servizi", "/servizi/asilo-nido-il-bosco-dei-piccoli", "/comuni/melegnano", "/health", "/pagina-inesistente"];

        var dataPath = Path.Combine(Path.GetTempPath(), "sinergie-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var startWatch = Stopwatch.StartNew();
        await using var host = new BenchHost(dataPath);
        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var startup = startWatch.Elapsed;

        // No https_port is configured, so Production's HTTPS redirection lets plain HTTP through, as behind a TLS-terminating proxy.
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(address) };

        Console.WriteLine($"SinergieComuni bench: {address}, {seconds}s per path, {concurrency} concurrent clients, start-up {startup.TotalMilliseconds:F0} ms");
        Console.WriteLine($"{"path",-42} {"req/s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"status",8}");
        // Warm-up of every path first, so JIT and tiered compilation do not land on the first measured path.
        foreach (var path in paths)
        {
            for (var i = 0; i < 300; i++)
            {
                using var _ = await client.GetAsync(path);
            }
        }

        foreach (var path in paths)
        {
            var latencies = new List<double>[concurrency];
            var statuses = new HttpStatusCode[concurrency];
            var count = 0;
            var deadline = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
            {
                latencies[worker] = [];
                while (deadline.Elapsed.TotalSeconds < seconds && Interlocked.Increment(ref count) <= MaxRequestsPerPath)
                {
                    var t = Stopwatch.GetTimestamp();
                    using var response = await client.GetAsync(path);
                    await response.Content.CopyToAsync(Stream.Null);
                    latencies[worker].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    statuses[worker] = response.StatusCode;
                }
            }));
            var elapsed = deadline.Elapsed.TotalSeconds;
            var all = latencies.SelectMany(l => l).Order().ToArray();
            double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(p * all.Length))];
            Console.WriteLine($"{path,-42} {all.Length / elapsed,9:F0} {Percentile(0.50),8:F2} {Percentile(0.95),8:F2} {Percentile(0.99),8:F2} {(int)statuses[0],8}");
        }

        var process = Process.GetCurrentProcess();
        Console.WriteLine($"memory: working set {process.WorkingSet64 / 1048576} MiB, managed heap {GC.GetTotalMemory(false) / 1048576} MiB, gen2 collections {GC.CollectionCount(2)}");
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
