using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace SinergieComuni.Web.Features.Content;

/// <summary>
/// Validates a document and everything nested in it (venues, hours, costs…) with its data annotations and
/// IValidatableObject rules, on the server, whatever the caller: editor form, import or scheduler.
/// Keys are property paths as the forms name them ("Venues[0].Name").
/// </summary>
public static class DocumentValidator
{
    public static Dictionary<string, List<string>> Validate(object document)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Visit(document, "", errors, depth: 0);
        return errors;
    }

    private static void Visit(object target, string prefix, Dictionary<string, List<string>> errors, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [""];
            foreach (var member in members)
            {
                var key = Join(prefix, member);
                if (!errors.TryGetValue(key, out var list))
                {
                    errors[key] = list = [];
                }

                if (!list.Contains(result.ErrorMessage ?? "Valore non valido."))
                {
                    list.Add(result.ErrorMessage ?? "Valore non valido.");
                }
            }
        }

        foreach (var property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || IsSimple(property.PropertyType))
            {
                continue;
            }

            var value = property.GetValue(target);
            if (value is IEnumerable items and not string)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null && !IsSimple(item.GetType()))
                    {
                        Visit(item, $"{Join(prefix, property.Name)}[{index}]", errors, depth + 1);
                    }

                    index++;
                }
            }
            else if (value is not null)
            {
                Visit(value, Join(prefix, property.Name), errors, depth + 1);
            }
        }
    }

    private static string Join(string prefix, string member) =>
        prefix.Length == 0 ? member : member.Length == 0 ? prefix : $"{prefix}.{member}";

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(DateTimeOffset)
            || (t.IsGenericType && t.GetGenericArguments().All(a => IsSimple(a)) && typeof(IEnumerable).IsAssignableFrom(t));
    }
}
