using Microsoft.AspNetCore.Http.HttpResults;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// GET /api/search and GET /api/search/suggest: the public search as JSON, with the same parameters as /servizi.
/// Bad parameters answer 400 with a ProblemDetails body listing, in Italian, what is wrong with each.
/// </summary>
public static class SearchEndpoints
{
    public const string RateLimitPolicy = "search";

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/search").RequireRateLimiting(RateLimitPolicy);
        api.MapGet("", SearchAsync);
        api.MapGet("/suggest", SuggestAsync);
        app.MapGet("/backoffice/ricerca/stato", RebuildStatusAsync).RequireAuthorization(Identity.Policies.Backoffice);
    }

    private static async Task<Ok<RebuildStatus>> RebuildStatusAsync(SearchRebuilder rebuilder, CancellationToken cancellationToken)
    {
        var state = await rebuilder.StateAsync(cancellationToken);
        var running = rebuilder.IsRunning(state);
        var percent = state.BuildTotal == 0 ? (running ? 0 : 100) : (int)Math.Round(100.0 * state.BuildDone / state.BuildTotal);
        return TypedResults.Ok(new RebuildStatus(running, state.BuildDone, state.BuildTotal, percent, state.ActiveGeneration, state.LastBuildFinishedUtc, state.LastBuildSeconds, state.LastError));
    }

    public sealed record RebuildStatus(bool Running, int Done, int Total, int Percent, int ActiveGeneration, DateTime? LastFinishedUtc, int? LastSeconds, string? LastError);

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(HttpRequest http, SearchService search, CancellationToken cancellationToken)
    {
        var (request, errors) = SearchRequest.Parse(http.Query, strictPaging: true);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Parametri di ricerca non validi.", detail: "Correggi i parametri indicati e riprova.");
        }

        var results = await search.SearchAsync(request, cancellationToken);
        return TypedResults.Ok(new SearchResponse(
            results.Total,
            results.Page,
            results.PageSize,
            [.. results.Items.Select(i => new SearchResponseItem(i.Id, i.Title, i.Slug, i.Url, i.Snippet, i.CategoryLabel, i.Category, i.Municipalities, i.DistanceKm, i.UpdatedUtc))],
            results.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<SearchResponseFacet>)[.. f.Value.Select(v => new SearchResponseFacet(v.Value, v.Label, v.Count, v.Selected))]),
            results.AnyWord));
    }

    private static async Task<Results<Ok<SuggestResponse>, ValidationProblem>> SuggestAsync(HttpRequest http, SearchService search, CancellationToken cancellationToken)
    {
        var text = http.Query["q"].LastOrDefault() ?? "";
        if (text.Length > SearchRequest.MaxQueryLength)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["q"] = [$"La ricerca può avere al massimo {SearchRequest.MaxQueryLength} caratteri."] },
                title: "Parametri di ricerca non validi.");
        }

        var suggestions = await search.SuggestAsync(text, 8, cancellationToken);
        return TypedResults.Ok(new SuggestResponse(text, suggestions));
    }

    public sealed record SearchResponse(
        int Total,
        int Page,
        int PageSize,
        IReadOnlyList<SearchResponseItem> Items,
        IReadOnlyDictionary<string, IReadOnlyList<SearchResponseFacet>> Facets,
        bool AnyWord);

    /// <summary><see cref="Snippet"/> is HTML-encoded text with &lt;mark&gt; around the matching words.</summary>
    public sealed record SearchResponseItem(
        Guid Id,
        string Title,
        string Slug,
        string Url,
        string Snippet,
        string Category,
        string CategoryKey,
        IReadOnlyList<string> Municipalities,
        double? DistanceKm,
        DateTime Updated);

    public sealed record SearchResponseFacet(string Value, string Label, int Count, bool Selected);

    public sealed record SuggestResponse(string Query, IReadOnlyList<SearchSuggestion> Suggestions);
}
