using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using SinergieComuni.BrowserTests.Pages;
using Xunit.Abstractions;

namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>Base of the browser tests: runs a test body in a <see cref="BrowserSession"/> and keeps its evidence when it fails.</summary>
public abstract class BrowserTest(SiteServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    protected SiteServerFixture Server => server;

    protected ITestOutputHelper Output => output;

    /// <summary>Signs in through the backoffice login form and waits for the dashboard.</summary>
    protected async Task SignInAsync(IPage page, TestUser user)
    {
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(user);
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.ServerAddress, BackofficePage.HomePath).ToString());
    }

    /// <summary>Runs a test that needs one page (one person).</summary>
    protected Task WithPageAsync(Func<IPage, Task> test, string? variant = null, [CallerMemberName] string testName = "") =>
        WithSessionAsync(async session => await test(await session.NewPageAsync()), variant, testName);

    /// <summary>Runs a test that may open several contexts (several people) through the session.</summary>
    protected async Task WithSessionAsync(Func<BrowserSession, Task> test, string? variant = null, [CallerMemberName] string testName = "")
    {
        await using var session = new BrowserSession(browser.Browser, server.ServerAddress, output);
        try
        {
            await test(session);
        }
        catch (Exception)
        {
            await session.SaveFailureArtifactsAsync(FailureArtifacts.FileName(testName, variant));
            throw;
        }
    }
}
