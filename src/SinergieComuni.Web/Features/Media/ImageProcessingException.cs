namespace SinergieComuni.Web.Features.Media;

/// <summary>An image that cannot be processed, with an Italian reason that can be shown to the person who asked.</summary>
public sealed class ImageProcessingException(string message, Exception? inner = null) : Exception(message, inner);
