using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>Runs axe-core on the current page (or a region of it) against WCAG 2.1 A and AA and fails on serious or critical violations.</summary>
public static class AccessibilityAudit
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Options());
        AssertNoBlocking(result, page.Url);
    }

    /// <summary>Audits one region of the page only, for example a tab panel just shown by a script.</summary>
    public static async Task AssertNoSeriousViolationsAsync(ILocator region)
    {
        var result = await region.RunAxe(Options());
        AssertNoBlocking(result, $"{region.Page.Url} ({region})");
    }

    private static AxeRunOptions Options() => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
    };

    private static void AssertNoBlocking(AxeResult result, string where)
    {
        var blocking = result.Violations
            .Where(v => BlockingImpacts.Contains(v.Impact, StringComparer.OrdinalIgnoreCase))
            .ToList();
        Assert.True(blocking.Count == 0, Describe(where, blocking));
    }

    private static string Describe(string url, IReadOnlyList<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"axe-core found {violations.Count} serious or critical violation(s) on {url}:").AppendLine();
        foreach (var violation in violations)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}").AppendLine();
            foreach (var node in violation.Nodes)
            {
                text.Append(CultureInfo.InvariantCulture, $"    at {node.Target}").AppendLine();
            }
        }

        return text.ToString();
    }
}
