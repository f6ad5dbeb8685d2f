using Microsoft.Playwright;

namespace SinergieComuni.BrowserTests.Forms;

/// <summary>The results of a form: the backoffice dashboard or the public page (same markup, drawn by form-results.js).</summary>
public sealed class FormResultsPage(IPage page)
{
    public static string DashboardPath(Guid formId) => $"/backoffice/moduli/{formId}/risultati";

    public static string PublicPath(string slug) => $"/moduli/{slug}/risultati";

    public ILocator Charts => page.Locator(Selectors.Chart);

    public ILocator Tables => page.Locator(Selectors.Table);

    public ILocator Total => page.Locator(Selectors.Total);

    public ILocator Question(string key) => page.Locator(Selectors.Question(key));

    /// <summary>How many of the page's canvases Chart.js has drawn a chart on.</summary>
    public Task<int> DrawnChartCountAsync() => page.EvaluateAsync<int>(
        "() => typeof Chart === 'undefined' ? -1 : Array.from(document.querySelectorAll('canvas[data-results-chart]')).filter(c => Chart.getChart(c)).length");

    /// <summary>Whether every chart was created with animation switched off (prefers-reduced-motion).</summary>
    public Task<bool> AnimationsOffAsync() => page.EvaluateAsync<bool>(
        "() => Array.from(document.querySelectorAll('canvas[data-results-chart]')).every(c => Chart.getChart(c).options.animation === false)");

    public static class Selectors
    {
        public const string Chart = "canvas[data-results-chart][role=\"img\"]";
        public const string Table = "table.sc-result-table";
        public const string Total = "[data-results-total]";

        public static string Question(string key) => $"[data-result=\"{key}\"]";
    }
}
