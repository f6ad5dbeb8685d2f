using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Pages;

/// <summary>
/// A published free page by its address in the page tree: /chi-siamo, /la-rete/partner… The route catches every path
/// no other page or endpoint takes. A page is found by its own slug (unique among pages); reached by another chain it
/// answers with a permanent redirect to its real address, and an old slug follows its automatic redirect.
/// </summary>
public sealed class ContentPageModel(PublishedContent published, PagePaths paths, PageViews views, Redirects redirects) : PageModel
{
    public PageView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? path, CancellationToken cancellationToken)
    {
        var segments = (path ?? "").Split('/');
        if (segments.Length > PagePaths.MaxDepth || !segments.All(ContentSlug.IsValid))
        {
            return NotFound();
        }

        var slug = segments[^1];
        if (slug == PageSlugs.Home)
        {
            return LocalRedirectPermanent("/");
        }

        var entry = await published.FindBySlugAsync<PageDocument>(ContentTypes.Page, slug, cancellationToken);
        if (entry is null)
        {
            // A page whose slug changed: its automatic redirect is kept under the flat address "/old-slug".
            var moved = segments.Length > 1 ? await redirects.FindAsync("/" + slug, cancellationToken) : null;
            return moved is null ? NotFound() : RedirectPermanent(moved.ToPath + Request.QueryString);
        }

        var realPath = await paths.PathAsync(entry.Item.Id, cancellationToken);
        if (!string.Equals(realPath, "/" + string.Join('/', segments), StringComparison.Ordinal))
        {
            return LocalRedirectPermanent(realPath + Request.QueryString);
        }

        View = await views.BuildAsync(entry.Document, entry.Item.PublishedUtc ?? entry.Item.UpdatedUtc, cancellationToken);
        ViewData["Title"] = entry.Document.Title;
        ViewData["Description"] = entry.Document.Summary;
        ViewData["Updated"] = entry.Item.PublishedUtc ?? entry.Item.UpdatedUtc;
        if (entry.Document.ImageId is { Length: > 0 } image)
        {
            ViewData["Image"] = image;
        }

        var trail = new List<Breadcrumb>();
        foreach (var ancestor in await paths.AncestorsAsync(entry.Item.Id, cancellationToken))
        {
            trail.Add(new Breadcrumb(ancestor.Title, await paths.PathAsync(ancestor.Id, cancellationToken)));
        }

        trail.Add(new Breadcrumb(entry.Document.Title));
        ViewData[Breadcrumb.ViewDataKey] = trail;
        return Page();
    }
}
