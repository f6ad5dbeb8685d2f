using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>
/// The browser contexts one test opens, each with a trace recording; when the test fails they are saved
/// (trace zip and full-page screenshot of every open page) under <see cref="FailureArtifacts.Folder"/>.
/// </summary>
public sealed class BrowserSession(IBrowser browser, Uri serverAddress, ITestOutputHelper output) : IAsyncDisposable
{
    private readonly List<IBrowserContext> contexts = [];

    /// <summary>A page in a new context: a separate person with their own cookies.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = serverAddress.ToString(),
            Locale = "it-IT",
            TimezoneId = "Europe/Rome",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        contexts.Add(context);
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });

        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Log($"[browser {message.Type}] {message.Text}");
            }
        };
        page.PageError += (_, error) => Log($"[page error] {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Log($"[http {response.Status}] {response.Request.Method} {response.Url}");
            }
        };
        return page;
    }

    /// <param name="fileName">File name without extension, from <see cref="FailureArtifacts.FileName"/>.</param>
    public async Task SaveFailureArtifactsAsync(string fileName)
    {
        var folder = FailureArtifacts.EnsureFolder();
        for (var i = 0; i < contexts.Count; i++)
        {
            var baseName = contexts.Count == 1 ? fileName : $"{fileName}-context{i + 1}";
            var pages = contexts[i].Pages;
            for (var p = 0; p < pages.Count; p++)
            {
                var screenshot = Path.Combine(folder, baseName + (pages.Count == 1 ? "" : $"-page{p + 1}") + ".png");
                await TryAsync($"screenshot {screenshot}", () => pages[p].ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true }));
            }

            var trace = Path.Combine(folder, baseName + "-trace.zip");
            await TryAsync($"trace {trace}", () => contexts[i].Tracing.StopAsync(new TracingStopOptions { Path = trace }));
        }

        Log($"Failure artifacts (screenshots, Playwright traces) saved in {folder}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        contexts.Clear();
    }

    private async Task TryAsync(string what, Func<Task> action)
    {
        try
        {
            await action();
            Log($"Saved {what}");
        }
        catch (PlaywrightException ex)
        {
            Log($"Could not save {what}: {ex.Message}");
        }
    }

    private void Log(string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The browser can report after the test has finished; there is nowhere left to write.
        }
    }
}
