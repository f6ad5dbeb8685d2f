using System.Text.Json;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Forms;

namespace SinergieComuni.Web.Pages.Backoffice.Forms;

/// <summary>
/// What the form builder keeps in its hidden field: the pages and settings of a <see cref="FormDocument"/>, in the
/// format of stored versions (camelCase, enums by name).
/// </summary>
public sealed class FormDefinitionJson
{
    /// <summary>Far more than 300 fields need; a larger post is refused before it is read.</summary>
    public const int MaxLength = 2_000_000;

    public List<FormPage> Pages { get; set; } = [];

    public FormSettings Settings { get; set; } = new();

    public static string Serialize(FormDocument document) =>
        JsonSerializer.Serialize(new FormDefinitionJson { Pages = document.Pages, Settings = document.Settings }, ContentJson.Options);

    /// <summary>Reads the posted definition; null when it is not JSON of this shape (nulls where lists or texts belong included).</summary>
    public static FormDefinitionJson? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || json.Length > MaxLength)
        {
            return null;
        }

        try
        {
            var definition = JsonSerializer.Deserialize<FormDefinitionJson>(json, ContentJson.Options);
            return definition is not null && Complete(definition) ? definition : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    // JSON null can land where the model has no null (lists, keys), and a number where an enum's name belongs;
    // the rules and the public form expect complete objects of known kinds.
    private static bool Complete(FormDefinitionJson definition)
    {
        if (definition.Pages is null || definition.Pages.Any(p => p is null))
        {
            return false;
        }

        definition.Settings ??= new FormSettings();
        var s = definition.Settings;
        if (s.NotifyEmails is null || s.NotifyRoles is null || s.ReaderRoles is null || s.SensitiveReaderRoles is null
            || s.NotifyEmails.Any(e => e is null) || s.NotifyRoles.Any(r => r is null) || s.ReaderRoles.Any(r => r is null) || s.SensitiveReaderRoles.Any(r => r is null))
        {
            return false;
        }

        foreach (var page in definition.Pages)
        {
            if (page.Key is null || page.Groups is null || page.Groups.Any(g => g is null) || !Complete(page.Condition))
            {
                return false;
            }

            foreach (var group in page.Groups)
            {
                if (group.Key is null || group.Fields is null || group.Fields.Any(f => f is null) || !Complete(group.Condition))
                {
                    return false;
                }

                foreach (var field in group.Fields)
                {
                    if (field.Key is null || field.Label is null || field.Options is null || field.Rows is null || field.FileTypes is null || !Enum.IsDefined(field.Type)
                        || field.FileTypes.Any(t => t is null) || !Complete(field.Options) || !Complete(field.Rows) || !Complete(field.Condition))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private static bool Complete(List<FormOption> options) => options.All(o => o is not null && o.Value is not null && o.Label is not null);

    private static bool Complete(FormCondition? condition) =>
        condition is null
        || (Enum.IsDefined(condition.Action) && Enum.IsDefined(condition.Match) && condition.Rules is not null
            && condition.Rules.All(r => r is not null && r.Field is not null && Enum.IsDefined(r.Operator)));
}
