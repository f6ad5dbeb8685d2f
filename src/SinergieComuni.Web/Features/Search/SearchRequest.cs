using System.Globalization;
using Microsoft.Extensions.Primitives;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Search;

public enum SearchSort
{
    Relevance,
    Name,
    Updated,
    Distance,
}

/// <summary>A search as the public pages and the API ask it; built and checked by <see cref="Parse"/>.</summary>
public sealed class SearchRequest
{
    public const int MaxQueryLength = 500;
    public const int MaxPageSize = 50;
    public const int MaxPage = 10_000;
    public const double MaxRadiusKm = 500;

    public string? Text { get; set; }

    public SearchScope Scope { get; set; } = SearchScope.Public;

    public IReadOnlyList<string> ContentTypes { get; set; } = [Content.ContentTypes.Service];

    /// <summary>Selected values by facet name (<see cref="SearchFacets"/>); several values of one facet are alternatives.</summary>
    public Dictionary<string, IReadOnlyList<string>> Facets { get; } = new(StringComparer.Ordinal);

    public AgeRange? Age { get; set; }

    public bool OpenNow { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public double? RadiusKm { get; set; }

    /// <summary>Only items with a venue in this box (the map's "Cerca in questa zona").</summary>
    public GeoBox? Bounds { get; set; }

    /// <summary>Null: relevance with a text, distance with a point, otherwise name.</summary>
    public SearchSort? Sort { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = 12;

    public bool IncludeFacets { get; set; } = true;

    /// <summary>Backoffice: only the items of this organisation (partner staff).</summary>
    public Guid? OrganisationId { get; set; }

    public bool HasPoint => Latitude is not null && Longitude is not null;

    public SearchSort EffectiveSort => Sort ?? (!string.IsNullOrWhiteSpace(Text) ? SearchSort.Relevance : HasPoint ? SearchSort.Distance : SearchSort.Name);

    public IReadOnlyList<string> Values(string facet) => Facets.TryGetValue(facet, out var values) ? values : [];

    /// <summary>
    /// Reads the query string of /servizi and /api/search. Unknown values of a facet simply match nothing; malformed
    /// numbers, impossible coordinates, a page or page size out of range give Italian messages by parameter.
    /// </summary>
    public static (SearchRequest Request, Dictionary<string, string[]> Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> query, bool strictPaging)
    {
        var parameters = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var request = new SearchRequest();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? One(string name) => parameters.TryGetValue(name, out var v) ? v.LastOrDefault(x => !string.IsNullOrWhiteSpace(x))?.Trim() : null;

        var text = One("q");
        if (text is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"La ricerca può avere al massimo {MaxQueryLength} caratteri."];
        }
        else
        {
            request.Text = text;
        }

        if (parameters.TryGetValue("tipo", out var typeValues))
        {
            var types = new List<string>();
            foreach (var value in typeValues.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                var keys = value.ToLowerInvariant() switch
                {
                    "servizio" or "servizi" => [Content.ContentTypes.Service],
                    "pagina" or "pagine" => [Content.ContentTypes.Page],
                    "organizzazione" or "organizzazioni" => [Content.ContentTypes.Organisation],
                    "tutti" => [.. Content.ContentTypes.All.Select(t => t.Key)],
                    _ => (string[]?)null,
                };
                if (keys is null)
                {
                    errors["tipo"] = ["Tipo di contenuto non valido: usa servizio, pagina, organizzazione o tutti."];
                    break;
                }

                types.AddRange(keys);
            }

            if (types.Count > 0)
            {
                request.ContentTypes = [.. types.Distinct()];
            }
        }

        foreach (var (facet, _) in SearchFacets.ValueFacets)
        {
            if (!parameters.TryGetValue(facet, out var raw))
            {
                continue;
            }

            var values = raw.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count > 20 || values.Any(v => v.Length > 100))
            {
                errors[facet] = ["Troppi valori o valori troppo lunghi per questo filtro."];
            }
            else if (values.Count > 0)
            {
                request.Facets[facet] = values;
            }
        }

        if (One(SearchFacets.Age) is { } age)
        {
            if (ParseAge(age) is { } range)
            {
                request.Age = range;
            }
            else
            {
                errors[SearchFacets.Age] = ["L'età deve essere un numero intero di anni tra 0 e 120, oppure un intervallo come 3-5."];
            }
        }

        if (One(SearchFacets.OpenNow) is { } open)
        {
            switch (open.ToLowerInvariant())
            {
                case "true" or "1" or "si" or "sì" or "on":
                    request.OpenNow = true;
                    break;
                case "false" or "0" or "no" or "off":
                    break;
                default:
                    errors[SearchFacets.OpenNow] = ["«apertoOra» vale true oppure false."];
                    break;
            }
        }

        var latitude = ParseNumber(One("lat"), -90, 90, "lat", "La latitudine deve essere un numero tra -90 e 90 (con il punto decimale).", errors);
        var longitude = ParseNumber(One("lng"), -180, 180, "lng", "La longitudine deve essere un numero tra -180 e 180 (con il punto decimale).", errors);
        if (latitude.HasValue != longitude.HasValue && !errors.ContainsKey("lat") && !errors.ContainsKey("lng"))
        {
            errors[latitude.HasValue ? "lng" : "lat"] = ["Indica sia la latitudine (lat) sia la longitudine (lng)."];
        }
        else
        {
            request.Latitude = latitude;
            request.Longitude = longitude;
        }

        request.RadiusKm = ParseNumber(One("raggioKm"), double.Epsilon, MaxRadiusKm, "raggioKm", $"Il raggio deve essere un numero di chilometri maggiore di 0 e al massimo {MaxRadiusKm:0}.", errors);
        if (request.RadiusKm is not null && !request.HasPoint && !errors.ContainsKey("lat") && !errors.ContainsKey("lng"))
        {
            errors["raggioKm"] = ["Il raggio vale solo insieme a un punto: indica lat e lng."];
            request.RadiusKm = null;
        }

        if (One("bbox") is { } bbox)
        {
            request.Bounds = GeoBox.Parse(bbox);
            if (request.Bounds is null)
            {
                errors["bbox"] = ["L'area (bbox) è fatta di quattro numeri separati da virgole: longitudine minima, latitudine minima, longitudine massima, latitudine massima (con il punto decimale, i minimi non oltre i massimi)."];
            }
        }

        if (One("sort") is { } sort)
        {
            request.Sort = sort.ToLowerInvariant() switch
            {
                "rilevanza" or "relevance" => SearchSort.Relevance,
                "nome" or "name" => SearchSort.Name,
                "aggiornamento" or "updated" => SearchSort.Updated,
                "distanza" or "distance" => SearchSort.Distance,
                _ => null,
            };
            if (request.Sort is null)
            {
                errors["sort"] = ["Ordinamento non valido: usa rilevanza, nome, aggiornamento o distanza."];
            }
            else if (request.Sort == SearchSort.Distance && !request.HasPoint && !errors.ContainsKey("lat") && !errors.ContainsKey("lng"))
            {
                errors["sort"] = ["Per ordinare per distanza indica un punto con lat e lng."];
            }
        }

        var page = One("page");
        if (strictPaging)
        {
            if (page is not null)
            {
                if (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPage)
                {
                    request.Page = number;
                }
                else
                {
                    errors["page"] = [$"La pagina deve essere un numero intero tra 1 e {MaxPage}."];
                }
            }

            request.PageSize = 20;
            if (One("pageSize") is { } size)
            {
                if (int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPageSize)
                {
                    request.PageSize = number;
                }
                else
                {
                    errors["pageSize"] = [$"Il numero di risultati per pagina deve essere tra 1 e {MaxPageSize}."];
                }
            }
        }
        else
        {
            // The HTML page forgives: an unreadable page is the first, one too large the last (see SearchService).
            request.Page = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Max(1, number)
                : page is { Length: > 0 } && page.All(char.IsAsciiDigit) ? int.MaxValue
                : 1;
        }

        return (request, errors);
    }

    public static AgeRange? ParseAge(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2)
        {
            return null;
        }

        var numbers = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 120)
            {
                return null;
            }

            numbers.Add(n);
        }

        var from = numbers[0];
        var to = numbers[^1];
        return to < from ? null
            : SearchFacets.AgeBands.FirstOrDefault(b => b.From == from && b.To == to)
              ?? new AgeRange(from, to, from == to ? $"{from} anni" : $"{from}–{to} anni");
    }

    private static double? ParseNumber(string? text, double min, double max, string name, string message, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [message];
        return null;
    }
}

/// <summary>One page of results with the facet counts.</summary>
public sealed record SearchResults(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchResultItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    IReadOnlyList<(string Typed, string Meant)> Corrections,
    bool AnyWord)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A result: <see cref="TitleHtml"/> and <see cref="Snippet"/> are encoded HTML with &lt;mark&gt; around matches.</summary>
public sealed record SearchResultItem(
    Guid Id,
    string ContentType,
    string Title,
    string TitleHtml,
    string Slug,
    string Url,
    string Summary,
    string Snippet,
    string Category,
    string CategoryLabel,
    IReadOnlyList<string> Municipalities,
    double? DistanceKm,
    DateTime UpdatedUtc);

/// <summary>A facet value with the number of results the search would have with it selected.</summary>
public sealed record FacetCount(string Value, string Label, int Count, bool Selected);

internal static class ContentTypeNames
{
    public static string PublicUrl(string contentType, string slug) => Content.ContentTypes.Find(contentType)?.PublicPath(slug) ?? "/";
}
