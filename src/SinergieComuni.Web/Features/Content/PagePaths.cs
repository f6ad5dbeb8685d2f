using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// The page tree: a page's public address is the chain of its published ancestors' slugs and its own
/// ("/la-rete/partner"); the home page is never part of a chain. Read once per request (pages are few).
/// Cycles (possible only through old versions) are cut where they close.
/// </summary>
public sealed class PagePaths(SinergieDbContext db)
{
    public const int MaxDepth = 8;

    /// <summary>A page of the tree: published values for the public tree, latest ones for the editors' tree.</summary>
    public sealed record Node(Guid Id, string Slug, string Title, Guid? ParentId);

    private IReadOnlyDictionary<Guid, Node>? _published;

    /// <summary>The published pages by item id.</summary>
    public async Task<IReadOnlyDictionary<Guid, Node>> PublishedAsync(CancellationToken cancellationToken) =>
        _published ??= await LoadAsync(latest: false, cancellationToken);

    /// <summary>Every page not in the bin, with the values of its latest version (for the editor's parent choice).</summary>
    public Task<IReadOnlyDictionary<Guid, Node>> LatestAsync(CancellationToken cancellationToken) => LoadAsync(latest: true, cancellationToken);

    /// <summary>The public address of a published page ("/" for the home page).</summary>
    public async Task<string> PathAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var tree = await PublishedAsync(cancellationToken);
        if (!tree.TryGetValue(itemId, out var node))
        {
            return "/";
        }

        return node.Slug == PageSlugs.Home ? "/" : "/" + string.Join('/', Chain(tree, node).Select(n => n.Slug));
    }

    /// <summary>The public address of the published page with this slug, or the flat "/slug" when it is not published.</summary>
    public async Task<string> PathOfSlugAsync(string slug, CancellationToken cancellationToken)
    {
        var tree = await PublishedAsync(cancellationToken);
        var node = tree.Values.FirstOrDefault(n => n.Slug == slug);
        return node is null ? ContentTypes.Get(ContentTypes.Page).PublicPath(slug) : await PathAsync(node.Id, cancellationToken);
    }

    /// <summary>The public address of an item of any type: pages by the tree, other types by their prefix.</summary>
    public async Task<string> PublicPathAsync(string contentType, string slug, CancellationToken cancellationToken) =>
        contentType == ContentTypes.Page
            ? await PathOfSlugAsync(slug, cancellationToken)
            : ContentTypes.Find(contentType)?.PublicPath(slug) ?? "/";

    /// <summary>The published ancestors of a page, from the top down (without the page itself).</summary>
    public async Task<IReadOnlyList<Node>> AncestorsAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var tree = await PublishedAsync(cancellationToken);
        return tree.TryGetValue(itemId, out var node) ? [.. Chain(tree, node).SkipLast(1)] : [];
    }

    /// <summary>True when making <paramref name="parentId"/> the parent of <paramref name="itemId"/> would make the page its own ancestor.</summary>
    public async Task<bool> WouldCycleAsync(Guid itemId, Guid parentId, CancellationToken cancellationToken)
    {
        var tree = await LatestAsync(cancellationToken);
        var seen = new HashSet<Guid>();
        for (Guid? current = parentId; current is { } id; current = tree.TryGetValue(id, out var n) ? n.ParentId : null)
        {
            if (id == itemId || !seen.Add(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The pages (latest versions) in tree order with their depth, for lists and the parent choice.</summary>
    public static IReadOnlyList<(Node Node, int Depth)> Flatten(IReadOnlyDictionary<Guid, Node> tree, IComparer<string> order)
    {
        var children = tree.Values
            .GroupBy(n => n.ParentId is { } p && tree.ContainsKey(p) ? p : Guid.Empty)
            .ToDictionary(g => g.Key, g => g.OrderBy(n => n.Title, order).ToList());
        var result = new List<(Node, int)>();
        var seen = new HashSet<Guid>();

        void Visit(Guid parent, int depth)
        {
            foreach (var child in children.GetValueOrDefault(parent) ?? [])
            {
                if (seen.Add(child.Id))
                {
                    result.Add((child, depth));
                    Visit(child.Id, depth + 1);
                }
            }
        }

        Visit(Guid.Empty, 0);

        // Pages in a cycle have no way up to the top: list them at the top level rather than lose them.
        foreach (var node in tree.Values.Where(n => !seen.Contains(n.Id)).OrderBy(n => n.Title, order))
        {
            seen.Add(node.Id);
            result.Add((node, 0));
        }

        return result;
    }

    private static List<Node> Chain(IReadOnlyDictionary<Guid, Node> tree, Node node)
    {
        var chain = new List<Node> { node };
        var seen = new HashSet<Guid> { node.Id };
        var current = node;
        while (chain.Count < MaxDepth && current.ParentId is { } parentId && tree.TryGetValue(parentId, out var parent) && seen.Add(parent.Id))
        {
            if (parent.Slug != PageSlugs.Home)
            {
                chain.Insert(0, parent);
            }

            current = parent;
        }

        return chain;
    }

    private async Task<IReadOnlyDictionary<Guid, Node>> LoadAsync(bool latest, CancellationToken cancellationToken)
    {
        var rows = await (
                from item in db.ContentItems.AsNoTracking()
                join version in db.ContentVersions.AsNoTracking() on item.Id equals version.ItemId
                where item.ContentType == ContentTypes.Page && item.DeletedUtc == null
                    && (latest ? version.Number == item.LatestVersion : version.Number == item.PublishedVersion)
                select new { item.Id, version.Slug, version.Title, version.DataJson })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new Node(r.Id, r.Slug, r.Title, ParentOf(r.DataJson)));
    }

    private static Guid? ParentOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("parentId", out var parent) && parent.ValueKind == JsonValueKind.String && parent.TryGetGuid(out var id)
            ? id
            : null;
    }
}
