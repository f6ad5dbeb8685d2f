using Microsoft.Playwright;
using Xunit;

namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole collection; every test gets its own context (cookies, storage, trace).
/// Uses the system's Chromium: Playwright's own browser download is not available on these machines.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "SINERGIE_CHROMIUM";
    private const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been started.");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ChromiumVariable);
        if (string.IsNullOrWhiteSpace(executable))
        {
            executable = DefaultChromium;
        }

        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at '{executable}'. The browser tests need a system Chromium: install it " +
                $"(apt-get install chromium) or set {ChromiumVariable} to the path of a Chromium executable.");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
