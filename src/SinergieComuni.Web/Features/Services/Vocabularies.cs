namespace SinergieComuni.Web.Features.Services;

/// <summary>The vocabularies and the sync/taxonomy file each one comes from.</summary>
public static class Vocabularies
{
    public const string Category = "category";
    public const string Topic = "topic";
    public const string TargetGroup = "target-group";
    public const string Language = "language";
    public const string Municipality = "municipality";

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        [Category] = "categories.json",
        [Topic] = "topics.json",
        [TargetGroup] = "target-groups.json",
        [Language] = "languages.json",
        [Municipality] = "municipalities.json",
    };
}
