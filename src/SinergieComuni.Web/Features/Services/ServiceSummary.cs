using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Services;

/// <summary>A published service as a card in a list: enough to recognise it and open it.</summary>
public sealed record ServiceSummary(
    Guid ItemId,
    string Slug,
    string Title,
    string ShortDescription,
    string CategoryLabel,
    IReadOnlyList<string> Municipalities,
    ServiceStatus Status,
    bool IsDemo)
{
    public string Path => ContentTypes.Get(ContentTypes.Service).PublicPath(Slug);
}
