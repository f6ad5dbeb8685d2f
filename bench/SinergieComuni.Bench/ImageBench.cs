using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Media;

using static SinergieComuni.Bench.BenchSupport;

namespace SinergieComuni.Bench;

/// <summary>
/// Image benchmark: a generated 12-megapixel JPEG (4000×3000: colour gradients, a zone plate for fine detail, blurred
/// noise for grain) resized to 800 px wide WebP by the site's own <see cref="VipsImageProcessor"/> — time over N runs,
/// and the peak memory of its libvips child processes, measured two ways: each command run under GNU time (<c>%M</c>,
/// through a wrapper given as <c>Images:VipsPath</c>, so the command lines are exactly the processor's), and
/// getrusage(RUSAGE_CHILDREN) in a child process that does nothing but the same resizes. Then over HTTP, on the site
/// on a loopback port: the first request of <c>/file/{id}/{name}?width=800&amp;format=webp</c> with the variant cache
/// emptied each time, against repeated requests of the cached variant. Figures only, no assertions.
/// Usage: ./build.sh bench images [--runs=15] [--cached=300]
/// </summary>
internal static class ImageBench
{
    private const string RusageTag = "ROW-RUSAGE ";
    private const string GnuTime = "/usr/bin/time";
    private const int MemoryRuns = 3;
    private const int RusageChildren = -1;
    private static readonly ImageRequest Request = new(800, null, ImageFit.Max, ImageFormat.Webp);

    public static async Task RunAsync(string[] args)
    {
        var runs = Option(args, "runs") is { } r && int.TryParse(r, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 500) : 15;
        var cachedRequests = Option(args, "cached") is { } c && int.TryParse(c, CultureInfo.InvariantCulture, out var m) ? Math.Clamp(m, 10, 100_000) : 300;
        var folder = Directory.CreateTempSubdirectory("sinergie-bench-images-").FullName;
        try
        {
            string version;
            try
            {
                version = Run("vips", "--version").Trim();
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Console.Error.WriteLine("ERRORE: manca libvips (comando 'vips', pacchetto Debian libvips-tools): il benchmark delle immagini non può girare.");
                Environment.ExitCode = 1;
                return;
            }

            var source = Generate(folder);
            Console.WriteLine($"SinergieComuni image bench: {version}, {Environment.ProcessorCount} cores; source {Run("vipsheader", source).Split(':')[1].Trim().Split(' ')[0]} JPEG, {new FileInfo(source).Length / 1e6:F1} MB; target 800 px wide WebP Q80 (mode max)");

            var times = await ResizeTimesAsync(source, folder, runs);
            var gnuTime = File.Exists(GnuTime) ? await GnuTimePeaksAsync(source, folder) : null;
            var rusage = await RusagePeakAsync(source);
            var (first, cached, original, variantBytes) = await HttpAsync(source, folder, runs, cachedRequests);

            Console.WriteLine();
            Console.WriteLine($"{"measure",-62} {"median",10} {"p90",10} {"runs",6}");
            Console.WriteLine($"{"a) VipsImageProcessor.ResizeAsync, 12 MP JPEG → 800 px WebP",-62} {Ms(P(times, 50)),10} {Ms(P(times, 90)),10} {times.Count,6}");
            Console.WriteLine($"{"b) HTTP first request of the variant (cache emptied)",-62} {Ms(P(first, 50)),10} {Ms(P(first, 90)),10} {first.Count,6}");
            Console.WriteLine($"{"b) HTTP repeated request of the cached variant",-62} {Ms(P(cached, 50)),10} {Ms(P(cached, 90)),10} {cached.Count,6}");
            Console.WriteLine($"{"   (reference) HTTP original, 12 MP JPEG",-62} {Ms(P(original, 50)),10} {Ms(P(original, 90)),10} {original.Count,6}");
            Console.WriteLine();
            Console.WriteLine($"first / cached (medians): {P(first, 50) / P(cached, 50):F0}× (target ≥ 50×); variant {variantBytes / 1024.0:F1} KiB");
            Console.WriteLine();
            Console.WriteLine("peak memory (max RSS) of the libvips child processes of one resize:");
            if (gnuTime is null)
            {
                Console.WriteLine($"  GNU time: {GnuTime} not found (Debian package 'time'): skipped");
            }
            else
            {
                Console.WriteLine($"  method 1: each child under GNU time -f '%M %e' ({MemoryRuns} resizes)");
                Console.WriteLine($"    {"child command",-24} {"per resize",10} {"max RSS",12} {"median wall",12}");
                foreach (var (command, kb, count, seconds) in gnuTime)
                {
                    Console.WriteLine($"    {command,-24} {count,10} {kb / 1024.0,8:F1} MiB {seconds * 1000,9:F0} ms");
                }
            }

            Console.WriteLine($"  method 2: getrusage(RUSAGE_CHILDREN).ru_maxrss (largest child) in a process doing only {MemoryRuns} resizes: {rusage / 1024.0:F1} MiB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The child process: <see cref="MemoryRuns"/> resizes, then the largest RSS any of its children reached.</summary>
    public static async Task RunRusageChildAsync(string source)
    {
        var folder = Directory.CreateTempSubdirectory("sinergie-bench-rusage-").FullName;
        try
        {
            using var processor = Processor(new ImageOptions());
            for (var i = 0; i < MemoryRuns; i++)
            {
                await processor.ResizeAsync(source, Path.Combine(folder, $"variant-{i}"), Request, CancellationToken.None);
            }

            var usage = new long[18];
            Console.WriteLine(RusageTag + (Getrusage(RusageChildren, usage) == 0 ? usage[4] : -1).ToString(CultureInfo.InvariantCulture));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<double>> ResizeTimesAsync(string source, string folder, int runs)
    {
        using var processor = Processor(new ImageOptions());
        var target = Path.Combine(folder, "variant");
        await processor.ResizeAsync(source, target, Request, CancellationToken.None); // warm-up: page cache, first start of the tools
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var (width, height) = await processor.ResizeAsync(source, target, Request, CancellationToken.None);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (i == 0)
            {
                Console.WriteLine($"resize output: {width}×{height} WebP, {new FileInfo(target).Length / 1024.0:F1} KiB");
            }
        }

        times.Sort();
        return times;
    }

    /// <summary>
    /// The processor with <c>vips</c> and <c>vipsheader</c> replaced by wrappers that run them under GNU time, so each
    /// child's max RSS is logged next to its command line; the largest per command (the tool and its operation).
    /// </summary>
    private static async Task<List<(string Command, long Kb, int Count, double MedianSeconds)>> GnuTimePeaksAsync(string source, string folder)
    {
        var log = Path.Combine(folder, "time.log");
        string Wrapper(string tool)
        {
            var path = Path.Combine(folder, tool + "-timed");
            File.WriteAllText(path, $"#!/bin/sh\nexec {GnuTime} -a -o '{log}' -f '%M %e %C' {tool} \"$@\"\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
            }
            return path;
        }

        using var processor = Processor(new ImageOptions { VipsPath = Wrapper("vips"), VipsHeaderPath = Wrapper("vipsheader") });
        for (var i = 0; i < MemoryRuns; i++)
        {
            await processor.ResizeAsync(source, Path.Combine(folder, "timed-variant"), Request, CancellationToken.None);
        }

        return [.. File.ReadAllLines(log)
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length >= 4 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out _) && parts[3] != "--version")
            .GroupBy(parts => parts[2] == "vips" ? "vips " + parts[3] : parts[2])
            .Select(g => (g.Key, g.Max(parts => long.Parse(parts[0], CultureInfo.InvariantCulture)), g.Count() / MemoryRuns,
                P([.. g.Select(parts => double.Parse(parts[1], CultureInfo.InvariantCulture)).Order()], 50)))
            .OrderByDescending(row => row.Item2)];
    }

    private static async Task<long> RusagePeakAsync(string source)
    {
        using var child = StartChild(["images-rusage", source]);
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        return output.Split('\n').FirstOrDefault(l => l.StartsWith(RusageTag, StringComparison.Ordinal)) is { } row
            ? long.Parse(row[RusageTag.Length..].Trim(), CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("The getrusage child printed no figure: " + output);
    }

    /// <summary>The site on a loopback port, the JPEG stored as an upload is, then the variant URL first uncached and then cached.</summary>
    private static async Task<(List<double> First, List<double> Cached, List<double> Original, long VariantBytes)> HttpAsync(string source, string folder, int runs, int cachedRequests)
    {
        var dataPath = Path.Combine(folder, "site");
        Directory.CreateDirectory(dataPath);
        await using var host = new BenchHost(dataPath, new Dictionary<string, string> { ["App:ImportDemoContent"] = "false" });
        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var bytes = await File.ReadAllBytesAsync(source);
        var file = new StoredFile
        {
            FileName = "foto-12mp.jpg",
            ContentType = "image/jpeg",
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
            CreatedUtc = DateTime.UtcNow,
            CreatedBy = "bench",
        };
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IFileStorage>().SaveAsync(file.StorageKey, new MemoryStream(bytes), CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync();
        }

        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(address) };
        var originalUrl = MediaFeature.Url(file.Id, file.FileName);
        var variantUrl = originalUrl + "?width=800&format=webp";
        var cache = Path.Combine(dataPath, "cache", "images");

        async Task<(double Ms, long Bytes)> GetAsync(string url, string expectedType)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != expectedType)
            {
                throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {response.Content.Headers.ContentType}");
            }

            return (elapsed, body.Length);
        }

        await GetAsync(originalUrl, "image/jpeg"); // warm-up: JIT, database, connection
        var first = new List<double>();
        long variantBytes = 0;
        for (var i = 0; i < runs + 1; i++)
        {
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }

            var (ms, length) = await GetAsync(variantUrl, "image/webp");
            variantBytes = length;
            if (i > 0)
            {
                first.Add(ms); // the first of all is a warm-up of the endpoint's resize path
            }
        }

        for (var i = 0; i < 50; i++)
        {
            await GetAsync(variantUrl, "image/webp");
        }

        var cached = new List<double>();
        for (var i = 0; i < cachedRequests; i++)
        {
            cached.Add((await GetAsync(variantUrl, "image/webp")).Ms);
        }

        var original = new List<double>();
        for (var i = 0; i < Math.Min(cachedRequests, 50); i++)
        {
            original.Add((await GetAsync(originalUrl, "image/jpeg")).Ms);
        }

        first.Sort();
        cached.Sort();
        original.Sort();
        return (first, cached, original, variantBytes);
    }

    /// <summary>
    /// A photographic-like 4000×3000 JPEG made by libvips: diagonal colour bands (sines), a horizontal gradient and a
    /// zone plate (fine rings) as the three channels, plus slightly blurred Gaussian noise as grain; Q85 as cameras save.
    /// </summary>
    private static string Generate(string folder)
    {
        string F(string name) => Path.Combine(folder, name);
        Run("vips", "sines", F("sines.v"), "4000", "3000", "--hfreq", "2.3", "--vfreq", "1.7", "--uchar");
        Run("vips", "zone", F("zone.v"), "4000", "3000", "--uchar");
        Run("vips", "xyz", F("xy.v"), "4000", "3000");
        Run("vips", "extract_band", F("xy.v"), F("x.v"), "0");
        Run("vips", "linear", F("x.v"), F("gradient.v"), "0.06375", "0", "--uchar");
        Run("vips", "bandjoin", $"{F("sines.v")} {F("gradient.v")} {F("zone.v")}", F("bands.v"));
        Run("vips", "gaussnoise", F("noise.v"), "4000", "3000", "--mean", "128", "--sigma", "40");
        Run("vips", "gaussblur", F("noise.v"), F("grain.v"), "1.2");
        Run("vips", "add", F("bands.v"), F("grain.v"), F("sum.v"));
        Run("vips", "linear", F("sum.v"), F("mix.v"), "0.6", "0", "--uchar");
        Run("vips", "copy", F("mix.v"), F("srgb.v"), "--interpretation", "srgb");
        var photo = F("foto-12mp.jpg");
        Run("vips", "copy", F("srgb.v"), photo + "[Q=85]");
        foreach (var work in Directory.EnumerateFiles(folder, "*.v"))
        {
            File.Delete(work);
        }

        return photo;
    }

    private static VipsImageProcessor Processor(ImageOptions options) => new(Options.Create(options), NullLogger<VipsImageProcessor>.Instance);

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)}: {errors}");
    }

    private static string Ms(double value) => value.ToString("F1", CultureInfo.InvariantCulture) + " ms";

    /// <summary>struct rusage on 64-bit Linux: two timevals (4 longs), then ru_maxrss (KiB) and 13 more longs.</summary>
    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int Getrusage(int who, [Out] long[] usage);
}
