using System.Text.Json;

namespace SinergieComuni.Web.Features.Navigation;

/// <summary>The JSON of the navigation settings: {"links":[…]} for the menu, {"groups":[…]} for the footer.</summary>
public static class NavigationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public sealed record MainValue(List<NavigationLink> Links);

    public sealed record FooterValue(List<FooterLinkGroup> Groups);

    public static string WriteMain(IEnumerable<NavigationLink> links) => JsonSerializer.Serialize(new MainValue([.. links]), Options);

    public static string WriteFooter(IEnumerable<FooterLinkGroup> groups) => JsonSerializer.Serialize(new FooterValue([.. groups]), Options);

    /// <summary>The stored menu, or null when the JSON is unreadable (the defaults are shown then).</summary>
    public static IReadOnlyList<NavigationLink>? ReadMain(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<MainValue>(json, Options)?.Links?.Where(l => l is { Label: not null, Url: not null }).ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IReadOnlyList<FooterLinkGroup>? ReadFooter(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FooterValue>(json, Options)?.Groups?
                .Where(g => g is { Key: not null, Title: not null, Links: not null })
                .Select(g => g with { Links = [.. g.Links.Where(l => l is { Label: not null, Url: not null })] })
                .ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
