using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;
using SinergieComuni.Web.Infrastructure;
using SinergieComuni.Web.Pages.Shared;

namespace SinergieComuni.Web.Pages.Forms;

/// <summary>
/// /moduli/{slug}/risultati: the aggregated results of a published form whose settings make them public. Only
/// aggregates, never free text or sensitive questions, and every group under five answers hidden
/// (<see cref="ResultsPrivacy"/>). A report is kept in memory for <see cref="CacheSeconds"/> seconds per filter, so a
/// busy page does not read every entry on every request; new entries show up within that time.
/// </summary>
public sealed class PublicResultsModel(FormDefinitions definitions, FormResults results, IMemoryCache cache) : PageModel
{
    public const int CacheSeconds = 60;

    public FormResultsView View { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public string FormPath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var published = ContentSlug.IsValid(slug) ? await definitions.FindPublishedAsync(slug, cancellationToken) : null;
        if (published is null || !published.Form.Settings.PublicResults)
        {
            return NotFound();
        }

        var filter = ResultsFilter.Parse(Request.Query, published.Form, includeSensitive: false, singleValue: true);
        var key = (typeof(PublicResultsModel), published.Item.Id, published.Version,
            string.Join("&", filter.Parameters().Select(p => p.Key + "=" + p.Value)));
        if (!cache.TryGetValue(key, out FormResultsReport? report) || report is null)
        {
            report = ResultsPrivacy.ForPublic(await results.ComputeAsync(published.Item.Id, published.Form, filter, includeSensitive: false, cancellationToken));
            cache.Set(key, report, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(CacheSeconds) });
        }

        Title = published.Form.Title;
        FormPath = ContentTypes.Get(ContentTypes.Form).PublicPath(slug);
        View = new FormResultsView(published.Form, report with { Filter = filter }, $"{FormPath}/risultati", Public: true, IncludeSensitive: false);
        ViewData["Title"] = "Risultati di " + published.Form.Title;
        ViewData["Description"] = $"I risultati aggregati del questionario «{published.Form.Title}».";
        ViewData["Updated"] = published.Item.PublishedUtc ?? published.Item.UpdatedUtc;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new(published.Form.Title, FormPath), new("Risultati") };
        return Page();
    }
}
