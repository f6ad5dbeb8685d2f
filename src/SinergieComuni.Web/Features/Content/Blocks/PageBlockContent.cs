namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>What the blocks of one page show, read from published content: cards, documents, forms, maps.</summary>
public sealed class PageBlockContent
{
    public static PageBlockContent Empty { get; } = new();

    private readonly Dictionary<PageBlock, IReadOnlyList<BlockCard>> _cards = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PageBlock, BlockFormCard> _forms = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PageBlock, BlockMap> _maps = new(ReferenceEqualityComparer.Instance);

    public void SetCards(PageBlock block, IReadOnlyList<BlockCard> cards) => _cards[block] = cards;

    public void SetForm(PageBlock block, BlockFormCard form) => _forms[block] = form;

    public void SetMap(PageBlock block, BlockMap map) => _maps[block] = map;

    /// <summary>The cards (or documents) a grid or list shows; empty when none is published.</summary>
    public IReadOnlyList<BlockCard> CardsFor(PageBlock block) => _cards.GetValueOrDefault(block) ?? [];

    public BlockFormCard? FormFor(PageBlock block) => _forms.GetValueOrDefault(block);

    public BlockMap? MapFor(PageBlock block) => _maps.GetValueOrDefault(block);

    /// <summary>True when a map block has venues to show (the page then loads Leaflet).</summary>
    public bool HasMap => _maps.Values.Any(m => m.Points.Count > 0);
}
