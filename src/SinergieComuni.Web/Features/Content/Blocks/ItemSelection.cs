namespace SinergieComuni.Web.Features.Content.Blocks;

/// <summary>How a list block finds its items: chosen one by one, or the newest matching a query.</summary>
public enum ItemSelection
{
    Chosen,
    Query,
}
