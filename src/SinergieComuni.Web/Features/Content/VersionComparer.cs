using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SinergieComuni.Web.Features.Content;

/// <summary>What changed between two versions of a document, field by field, with the fields' Italian names.</summary>
public static class VersionComparer
{
    public sealed record Change(string Path, string Label, string? Before, string? After);

    public static IReadOnlyList<Change> Compare(Type documentType, string beforeJson, string afterJson)
    {
        var before = Flatten(JsonNode.Parse(beforeJson));
        var after = Flatten(JsonNode.Parse(afterJson));
        return [.. before.Keys.Union(after.Keys)
            .Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .OrderBy(k => k, StringComparer.Ordinal)
            .Select(k => new Change(k, Label(documentType, k), before.GetValueOrDefault(k), after.GetValueOrDefault(k)))];
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Visit(node, "", values);
        return values;
    }

    private static void Visit(JsonNode? node, string path, Dictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Visit(child, path.Length == 0 ? key : $"{path}.{key}", values);
                }

                break;
            case JsonArray array:
                if (array.Count == 0)
                {
                    values[path] = "(nessuno)";
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Visit(array[i], $"{path}[{i}]", values);
                }

                break;
            case JsonValue value:
                values[path] = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                break;
        }
    }

    /// <summary>"venues[0].hours.slots[1].opens" → "Sede 1 › Orari › Fascia 2 › Apre alle".</summary>
    private static string Label(Type documentType, string path)
    {
        var parts = new List<string>();
        var type = documentType;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket >= 0 ? segment[..bracket] : segment;
            var property = type?.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            var label = property?.GetCustomAttribute<DisplayAttribute>()?.Name ?? ListLabel(name);
            if (bracket >= 0 && int.TryParse(segment[(bracket + 1)..^1], out var index))
            {
                label = $"{label} {index + 1}";
            }

            parts.Add(label);
            var propertyType = property?.PropertyType;
            type = propertyType is { IsGenericType: true } ? propertyType.GetGenericArguments()[0] : propertyType;
        }

        return string.Join(" › ", parts);
    }

    private static string ListLabel(string name) => name.ToLowerInvariant() switch
    {
        "venues" => "Sede",
        "hours" => "Orari",
        "slots" => "Fascia oraria",
        "exceptions" => "Eccezione",
        "costoptions" => "Costo",
        "contacts" => "Contatto",
        "requireddocuments" => "Documento richiesto",
        "deadlines" => "Scadenza",
        "images" => "Immagine",
        "attachments" => "Allegato",
        _ => name,
    };
}
