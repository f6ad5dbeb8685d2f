namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>The services of a map block, listed, and their venues with coordinates.</summary>
public sealed record BlockMap(IReadOnlyList<BlockCard> Services, IReadOnlyList<BlockMap.Point> Points)
{
    public sealed record Point(string Service, string Url, string Name, string Address, double Latitude, double Longitude);
}
