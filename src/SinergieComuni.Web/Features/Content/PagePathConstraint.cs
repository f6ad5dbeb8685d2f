namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// Route constraint <c>pagepath</c>: the path could be a page's address (one to <see cref="PagePaths.MaxDepth"/> valid
/// slugs, not under <c>/api</c>), so any other path falls through to the rest of the pipeline instead of the pages'
/// catch-all route.
/// </summary>
public sealed class PagePathConstraint : IRouteConstraint
{
    public const string Name = "pagepath";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        if (!values.TryGetValue(routeKey, out var value) || value?.ToString() is not { Length: > 0 } path)
        {
            return false;
        }

        var segments = path.Split('/');
        return segments.Length <= PagePaths.MaxDepth && segments[0] != "api" && segments.All(ContentSlug.IsValid);
    }
}
