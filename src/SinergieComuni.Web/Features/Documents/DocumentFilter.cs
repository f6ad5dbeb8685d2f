using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace SinergieComuni.Web.Features.Documents;

/// <summary>
/// The filters of /documenti read from the query string (tipo, tema, ente, anno, q, pagina). A value that is not in a
/// list is ignored with an Italian notice; nothing in the address can make the page fail.
/// </summary>
public sealed record DocumentFilter(string? Type, string? Topic, string? Organisation, int? Year, string? Query, string? Page, IReadOnlyList<string> Notices)
{
    public const int MaxQueryLength = 200;

    public static DocumentFilter Parse(IQueryCollection query)
    {
        var notices = new List<string>();
        string? One(string name)
        {
            var values = query.TryGetValue(name, out var v) ? v : StringValues.Empty;
            var value = values.Count > 0 ? values[0]?.Trim() : null;
            return string.IsNullOrEmpty(value) ? null : value;
        }

        var type = One("tipo");
        if (type is not null && LibraryVocabulary.DocumentTypeLabel(type) is null)
        {
            notices.Add("Il tipo di documento richiesto non esiste: il filtro è stato ignorato.");
            type = null;
        }

        var topic = One("tema");
        if (topic is not null && LibraryVocabulary.TopicLabel(topic) is null)
        {
            notices.Add("Il tema richiesto non esiste: il filtro è stato ignorato.");
            topic = null;
        }

        var organisation = One("ente");
        if (organisation is not null && !Content.ContentSlug.IsValid(organisation))
        {
            notices.Add("L'organizzazione richiesta non esiste: il filtro è stato ignorato.");
            organisation = null;
        }

        int? year = null;
        if (One("anno") is { } yearText)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200)
            {
                year = y;
            }
            else
            {
                notices.Add("L'anno richiesto non è valido: il filtro è stato ignorato.");
            }
        }

        var text = One("q");
        if (text is { Length: > MaxQueryLength })
        {
            text = text[..MaxQueryLength];
        }

        return new DocumentFilter(type, topic, organisation, year, text, One("pagina"), notices);
    }

    public bool IsFiltered => Type is not null || Topic is not null || Organisation is not null || Year is not null || Query is not null;

    /// <summary>The query string of these filters (without the page), for the pagination links.</summary>
    public string QueryString(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("q", Query);
        Add("tipo", Type);
        Add("tema", Topic);
        Add("ente", Organisation);
        Add("anno", Year?.ToString(CultureInfo.InvariantCulture));
        Add("pagina", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
