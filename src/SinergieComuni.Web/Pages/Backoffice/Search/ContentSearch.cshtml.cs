using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Search;

namespace SinergieComuni.Web.Pages.Backoffice.Search;

/// <summary>
/// /backoffice/cerca: the backoffice index (the latest version of every item, drafts included), with the same
/// Italian analysis as the public search. Partner staff find only their organisation's cards and organisation.
/// </summary>
public sealed class ContentSearchModel(SearchService search, SinergieDbContext db, BackofficeActor actors) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "tipo")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    public Dictionary<Guid, ContentItem> Items { get; private set; } = [];

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsEditor && !actor.IsPartner)
        {
            return Forbid();
        }

        Types = [.. ContentTypes.All.Where(t => actor.IsEditor || t.PartnersMayEdit)];
        ViewData["Title"] = "Cerca nei contenuti";
        if (string.IsNullOrWhiteSpace(Query))
        {
            return Page();
        }

        if (Query.Length > SearchRequest.MaxQueryLength)
        {
            Error = $"La ricerca può avere al massimo {SearchRequest.MaxQueryLength} caratteri.";
            return Page();
        }

        var types = Types.Where(t => string.IsNullOrEmpty(Type) || t.BackofficeSegment == Type).Select(t => t.Key).ToList();
        var request = new SearchRequest
        {
            Text = Query,
            Scope = SearchScope.Drafts,
            ContentTypes = types.Count == 0 ? [.. Types.Select(t => t.Key)] : types,
            OrganisationId = actor.IsPartner ? actor.OrganisationId : null,
            Page = Math.Clamp(PageNumber, 1, SearchRequest.MaxPage),
            PageSize = PageSize,
            IncludeFacets = false,
            Sort = SearchSort.Relevance,
        };
        Results = await search.SearchAsync(request, cancellationToken);
        var ids = Results.Items.Select(i => i.Id).ToList();
        Items = await db.ContentItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return Page();
    }
}
