using System.Text.Json;
using System.Text.Json.Serialization;

namespace SinergieComuni.Web.Features.Content;

/// <summary>How documents are stored in versions and in sync/ files: camelCase, enums as names.</summary>
public static class ContentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static string Serialize(IContentDocument document) => JsonSerializer.Serialize(document, document.GetType(), Options);

    public static IContentDocument Deserialize(string json, Type documentType) =>
        (IContentDocument)(JsonSerializer.Deserialize(json, documentType, Options)
            ?? throw new JsonException("The stored document is empty."));

    public static T Deserialize<T>(string json) where T : IContentDocument =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("The stored document is empty.");
}
