namespace SinergieComuni.Web.Pages.Backoffice.Content;

/// <summary>The choice of a library image in a block.</summary>
public sealed record ImagePickerModel(BlockEditorView Block, string? ImageId);
