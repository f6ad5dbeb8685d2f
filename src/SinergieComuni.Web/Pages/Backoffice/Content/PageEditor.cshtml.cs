using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Content.Blocks;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>
/// Editor of a free page: its place in the page tree and its blocks. Blocks are added, moved and removed by posting
/// the form back (so it works without JavaScript; nothing is saved until "Salva"); block-editor.js moves them in the
/// page, by drag and drop or keyboard, and renumbers their fields.
/// </summary>
public sealed class PageEditorModel(PublishWorkflow workflow, BackofficeActor actors, SinergieDbContext db, PagePaths paths, RichTextSanitizer sanitizer)
    : ContentEditorModel<PageDocument>(workflow, actors, db)
{
    private static readonly StringComparer ItalianOrder = StringComparer.Create(CultureInfo.GetCultureInfo("it-IT"), ignoreCase: true);

    private readonly SinergieDbContext _db = db;

    protected override string ContentTypeKey => ContentTypes.Page;

    public sealed record Choice(string Value, string Label);

    public sealed record ImageChoice(Guid Id, string Title, string? AltText);

    /// <summary>The kind of block the "add" button adds.</summary>
    [BindProperty]
    public string? NewBlockKind { get; set; }

    public IReadOnlyList<ImageChoice> Images { get; private set; } = [];

    /// <summary>Pages that can be this page's parent, in tree order with indentation.</summary>
    public IReadOnlyList<Choice> Parents { get; private set; } = [];

    /// <summary>Items that grids, lists and maps can choose, by content type.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Choice>> Items { get; private set; } = new Dictionary<string, IReadOnlyList<Choice>>();

    /// <summary>Forms by slug.</summary>
    public IReadOnlyList<Choice> Forms { get; private set; } = [];

    /// <summary>Tells the person that blocks changed but nothing was saved yet.</summary>
    public bool UnsavedBlocks { get; private set; }

    public static string TypeLabel(string contentType) => contentType switch
    {
        ContentTypes.Service => "Servizi",
        ContentTypes.News => "Notizie",
        ContentTypes.Event => "Eventi",
        ContentTypes.Page => "Pagine",
        ContentTypes.Document => "Documenti",
        _ => contentType,
    };

    /// <summary>
    /// Each accordion shows an empty "new question" row, and emptying a row removes it; chosen lists may post empty
    /// values: the posted blocks are tidied before the handler runs, so the workflow validates only real entries.
    /// </summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        foreach (var block in Document.Blocks)
        {
            block.Tidy();
        }
    }

    protected override async Task<bool> BeforeSaveAsync(CancellationToken cancellationToken)
    {
        if (Document.ParentId is { } parentId && Item is not null
            && (parentId == Item.Id || await paths.WouldCycleAsync(Item.Id, parentId, cancellationToken)))
        {
            ModelState.AddModelError("Document.ParentId", "Questa pagina superiore renderebbe la pagina antenata di sé stessa: scegline un'altra.");
            return false;
        }

        return true;
    }

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Document.MoveBodyIntoBlocks();

        // What the rich-text widget puts in the page is always the safe version, posted back or stored.
        Document.Clean(sanitizer);
        Images = (await _db.MediaItems.AsNoTracking()
                .Where(m => m.File.ContentType.StartsWith("image/"))
                .Select(m => new ImageChoice(m.Id, m.Title, m.AltText))
                .ToListAsync(cancellationToken))
            .OrderBy(m => m.Title, ItalianOrder).ToList();

        var tree = await paths.LatestAsync(cancellationToken);
        var excluded = new HashSet<Guid>();
        if (Item is not null)
        {
            // The page itself and its descendants cannot be its parent.
            excluded.Add(Item.Id);
            foreach (var node in tree.Values)
            {
                if (await paths.WouldCycleAsync(Item.Id, node.Id, cancellationToken))
                {
                    excluded.Add(node.Id);
                }
            }
        }

        Parents = [.. PagePaths.Flatten(tree, ItalianOrder)
            .Where(n => !excluded.Contains(n.Node.Id) && n.Node.Slug != PageSlugs.Home)
            .Select(n => new Choice(n.Node.Id.ToString(), new string('\u00a0', n.Depth * 4) + n.Node.Title))];

        var items = new Dictionary<string, IReadOnlyList<Choice>>(StringComparer.Ordinal);
        foreach (var type in CardGridBlock.ContentTypesShown.Append(ContentTypes.Document))
        {
            items[type] = (await _db.ContentItems.AsNoTracking()
                    .Where(i => i.ContentType == type && i.DeletedUtc == null && (Item == null || i.Id != Item.Id))
                    .Select(i => new { i.Id, i.Title })
                    .ToListAsync(cancellationToken))
                .OrderBy(i => i.Title, ItalianOrder)
                .Select(i => new Choice(i.Id.ToString(), i.Title)).ToList();
        }

        Items = items;
        Forms = (await _db.ContentItems.AsNoTracking()
                .Where(i => i.ContentType == ContentTypes.Form && i.DeletedUtc == null)
                .Select(i => new { i.Slug, i.Title })
                .ToListAsync(cancellationToken))
            .OrderBy(f => f.Title, ItalianOrder)
            .Select(f => new Choice(f.Slug, f.Title)).ToList();
    }

    public Task<IActionResult> OnPostAddBlockAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (PageBlockKinds.Find(NewBlockKind) is { } kind && Document.Blocks.Count < PageDocument.MaxBlocks)
        {
            Document.Blocks.Add(kind.Create());
        }

        return RedisplayAsync(id, cancellationToken);
    }

    public Task<IActionResult> OnPostMoveBlockAsync(Guid? id, int index, int delta, CancellationToken cancellationToken)
    {
        var target = index + Math.Sign(delta);
        if (index >= 0 && index < Document.Blocks.Count && target >= 0 && target < Document.Blocks.Count)
        {
            (Document.Blocks[index], Document.Blocks[target]) = (Document.Blocks[target], Document.Blocks[index]);
        }

        return RedisplayAsync(id, cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveBlockAsync(Guid? id, int index, CancellationToken cancellationToken)
    {
        if (index >= 0 && index < Document.Blocks.Count)
        {
            Document.Blocks.RemoveAt(index);
        }

        return RedisplayAsync(id, cancellationToken);
    }

    private Task<IActionResult> RedisplayAsync(Guid? id, CancellationToken cancellationToken)
    {
        // The form is shown again with its values; validation happens when it is saved.
        ModelState.Clear();
        UnsavedBlocks = true;
        return OnGetAsync(id, cancellationToken, reloadDocument: false);
    }
}
