using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Bench;

/// <summary>What the search and map benchmarks share: the taxonomy they draw requests from, percentiles, options.</summary>
internal static class BenchSupport
{
    public static async Task<(List<string> Categories, List<(string Key, double Lat, double Lng)> Municipalities)> TaxonomyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var terms = await db.TaxonomyTerms.AsNoTracking().ToListAsync();
        return (
            [.. terms.Where(t => t.Vocabulary == Vocabularies.Category).Select(t => t.Key)],
            [.. terms.Where(t => t.Vocabulary == Vocabularies.Municipality && t.Latitude is not null).Select(t => (t.Key, t.Latitude!.Value, t.Longitude!.Value))]);
    }

    /// <summary>This program again in a child process (one run per process, so peak memory is the run's own).</summary>
    public static Process StartChild(List<string> args)
    {
        // The apphost directly, or "dotnet" with this assembly.
        var host = Environment.ProcessPath!;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            args.Insert(0, typeof(BenchSupport).Assembly.Location);
        }

        return Process.Start(new ProcessStartInfo(host, args) { RedirectStandardOutput = true, UseShellExecute = false })!;
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    public static double P(List<double> sorted, int percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The value of a --name=value argument.</summary>
    public static string? Option(string[] args, string name) =>
        args.FirstOrDefault(a => a.StartsWith($"--{name}=", StringComparison.Ordinal))?[(name.Length + 3)..];
}
