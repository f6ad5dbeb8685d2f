using SinergieComuni.Web.Features.Content.Blocks;

namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>One block in the page editor: its fields are named "Document.Blocks[Index].…".</summary>
public sealed record BlockEditorView(PageBlock Block, int Index, int Count, PageEditorModel Editor)
{
    public string Prefix => $"Document.Blocks[{Index}]";

    public string Name(string field) => $"{Prefix}.{field}";

    public string Id(string field) => new FieldModel(Name(field), "", null).Id;

    public string Label => PageBlockKinds.LabelOf(Block.Kind);
}
