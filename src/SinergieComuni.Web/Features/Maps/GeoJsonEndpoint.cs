using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SinergieComuni.Web.Features.Search;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Features.Maps;

/// <summary>
/// GET /api/map/services.geojson: every venue of every published service matching the same parameters as
/// /api/search (plus bbox=minLng,minLat,maxLng,maxLat), as an RFC 7946 FeatureCollection ([longitude, latitude]).
/// </summary>
public static class GeoJsonEndpoint
{
    public const string Path = "/api/map/services.geojson";

    public const string MediaType = "application/geo+json";

    public static void Map(WebApplication app) =>
        app.MapGet(Path, HandleAsync).RequireRateLimiting(SearchEndpoints.RateLimitPolicy);

    private static async Task<Results<EmptyHttpResult, ValidationProblem>> HandleAsync(HttpContext http, SearchService search, Taxonomy taxonomy, CancellationToken cancellationToken)
    {
        var (request, errors) = SearchRequest.Parse(http.Request.Query, strictPaging: false);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Parametri della mappa non validi.", detail: "Correggi i parametri indicati e riprova.");
        }

        var (entries, now) = await search.MapAsync(request, cancellationToken);
        var categories = (await taxonomy.TermsAsync(Vocabularies.Category, cancellationToken)).ToDictionary(t => t.Key, t => t.Label, StringComparer.Ordinal);
        var municipalities = (await taxonomy.TermsAsync(Vocabularies.Municipality, cancellationToken)).ToDictionary(t => t.Key, t => t.Label, StringComparer.Ordinal);
        var (today, day, seconds) = CatalogueQuery.Moment(now);

        http.Response.ContentType = MediaType + "; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter.AsStream());
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var entry in entries.OrderBy(e => e.SortTitle, StringComparer.Ordinal))
        {
            foreach (var location in entry.Locations)
            {
                if (request.Bounds is { } box && !box.Contains(location.Latitude, location.Longitude))
                {
                    continue;
                }

                if (request is { HasPoint: true, RadiusKm: { } radius }
                    && SearchService.DistanceKm(request.Latitude!.Value, request.Longitude!.Value, location.Latitude, location.Longitude) > radius)
                {
                    continue;
                }

                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteString("id", $"{entry.ItemId:D}/{location.Venue}");
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(Math.Round(location.Longitude, 6));
                json.WriteNumberValue(Math.Round(location.Latitude, 6));
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("id", entry.ItemId);
                json.WriteString("title", entry.Title);
                json.WriteString("url", ContentTypeNames.PublicUrl(entry.ContentType, entry.Slug));
                json.WriteString("category", categories.GetValueOrDefault(entry.Category, entry.Category));
                json.WriteString("categoryKey", entry.Category);
                json.WriteString("municipality", municipalities.GetValueOrDefault(location.Municipality, location.Municipality));
                json.WriteString("municipalityKey", location.Municipality);
                json.WriteBoolean("openNow", entry.IsOpenAt(location.Venue, today, day, seconds));
                json.WriteNumber("venue", location.Venue);
                if (request.HasPoint)
                {
                    json.WriteNumber("distanceKm", Math.Round(SearchService.DistanceKm(request.Latitude!.Value, request.Longitude!.Value, location.Latitude, location.Longitude), 2));
                }

                json.WriteEndObject();
                json.WriteEndObject();
                if (json.BytesPending > 32_768)
                {
                    await json.FlushAsync(cancellationToken);
                }
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        return TypedResults.Empty;
    }
}
