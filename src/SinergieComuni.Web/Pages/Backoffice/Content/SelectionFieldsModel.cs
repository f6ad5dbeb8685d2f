using SinergieComuni.Web.Features.Content.Blocks;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>How a grid or list chooses its items: the choice, the chosen items (by type) and how many of the newest.</summary>
public sealed record SelectionFieldsModel(BlockEditorView Block, ItemSelection Selection, IReadOnlyList<Guid> ItemIds, IReadOnlyList<string> Types, int MaxItems, int Limit);
