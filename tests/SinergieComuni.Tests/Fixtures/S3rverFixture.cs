using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SinergieComuni.Tests.Fixtures;

/// <summary>
/// A real S3-compatible server for the storage tests: the npm package s3rver (a devDependency of the web project,
/// installed by the build's npm ci), run with Node.js on a free loopback port over a temp folder, stopped at the end.
/// Without Node.js or s3rver the fixture fails: the S3 storage must be tested, never skipped.
/// </summary>
public sealed partial class S3rverFixture : IAsyncLifetime
{
    /// <summary>s3rver's only account.</summary>
    public const string AccessKey = "S3RVER";

    public const string SecretKey = "S3RVER";

    public const string Bucket = "sinergie-media";

    private readonly string folder = Directory.CreateTempSubdirectory("sinergie-s3rver-").FullName;
    private Process? server;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>The site's configuration for this bucket.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Storage:Provider"] = "S3",
        ["Storage:S3:ServiceUrl"] = ServiceUrl,
        ["Storage:S3:Bucket"] = Bucket,
        ["Storage:S3:AccessKey"] = AccessKey,
        ["Storage:S3:SecretKey"] = SecretKey,
    };

    public async Task InitializeAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "src", "SinergieComuni.Web", "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"s3rver non è installato ({script}): eseguire 'npm ci' in src/SinergieComuni.Web (lo fa la build di './build.sh test'). " +
                "s3rver is not installed: run 'npm ci' in src/SinergieComuni.Web (the build of './build.sh test' does).");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { script, "--directory", Path.Combine(folder, "data"), "--address", "127.0.0.1", "--port", "0", "--silent", "--configure-bucket", Bucket })
        {
            start.ArgumentList.Add(argument);
        }

        Directory.CreateDirectory(Path.Combine(folder, "data"));
        try
        {
            server = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                "Node.js ('node') non è installato: serve per il server S3 dei test (pacchetto Debian 'nodejs'). Node.js ('node') is not installed: the S3 tests need it.", exception);
        }

        // s3rver prints "S3rver listening on 127.0.0.1:<port>" once it accepts connections, even with --silent.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var errors = server.StandardError.ReadToEndAsync(timeout.Token);
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (Listening().Match(line) is { Success: true } match)
            {
                ServiceUrl = $"http://127.0.0.1:{match.Groups[1].Value}";
                break;
            }
        }

        if (ServiceUrl.Length == 0)
        {
            throw new InvalidOperationException($"s3rver non è partito / s3rver did not start: {await errors}");
        }

        // Keep draining its output so a chatty server never blocks on a full pipe.
        _ = server.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var http = new HttpClient();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var _ = await http.GetAsync(ServiceUrl, timeout.Token);
                return;
            }
            catch (HttpRequestException) when (attempt < 50)
            {
                await Task.Delay(100, timeout.Token);
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        server?.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp folder's cleaning.
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SinergieComuni.Web.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (SinergieComuni.Web.sln) was not found above the test binaries.");
    }

    [GeneratedRegex(@"listening on [^\s:]+:(\d+)")]
    private static partial Regex Listening();
}
