namespace SinergieComuni.Web.Features.Media;

/// <summary>
/// Where an upload goes and what is known of it already: only images (a card's photo), the library folder, the alt
/// text an editor typed next to the file, and — for the demo import — a fixed id, title and focal point.
/// </summary>
public sealed record UploadTarget(
    bool ImagesOnly = false,
    Guid? FolderId = null,
    string? AltText = null,
    Guid? Id = null,
    string? Title = null,
    string? Caption = null,
    string? Credits = null,
    double FocalX = 0.5,
    double FocalY = 0.5);
