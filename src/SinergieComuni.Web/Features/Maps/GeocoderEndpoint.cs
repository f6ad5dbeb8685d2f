using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace SinergieComuni.Web.Features.Maps;

/// <summary>
/// GET /backoffice/mappa/geocodifica?q=address: "Trova dall'indirizzo" of the map picker, through the geocoder named
/// in Maps:GeocoderUrl (a Nominatim-style JSON array with "lat" and "lon"). Called by the server, so the browser needs
/// no access to the geocoder and the Content-Security-Policy stays same-origin.
/// </summary>
public static class GeocoderEndpoint
{
    public const string Path = "/backoffice/mappa/geocodifica";
    public const string HttpClientName = "geocoder";

    public static void Map(WebApplication app) =>
        app.MapGet(Path, HandleAsync).RequireAuthorization(Identity.Policies.Backoffice);

    public sealed record Found(double Lat, double Lng, string? Label);

    private static async Task<Results<Ok<Found>, ProblemHttpResult, ValidationProblem>> HandleAsync(string? q, IOptions<MapOptions> options, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        var template = options.Value.GeocoderUrl;
        if (string.IsNullOrWhiteSpace(template))
        {
            return TypedResults.Problem("La ricerca dell'indirizzo non è configurata (Maps:GeocoderUrl).", statusCode: StatusCodes.Status404NotFound, title: "Geocodifica non disponibile");
        }

        if (string.IsNullOrWhiteSpace(q) || q.Length > 300)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Scrivi l'indirizzo da cercare (al massimo 300 caratteri)."] }, title: "Indirizzo non valido.");
        }

        var area = options.Value.AreaBox;
        try
        {
            var client = clients.CreateClient(HttpClientName);
            using var response = await client.GetAsync(template.Replace("{q}", Uri.EscapeDataString(q.Trim()), StringComparison.Ordinal), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return Unavailable();
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var json = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Unavailable();
            }

            foreach (var place in json.RootElement.EnumerateArray())
            {
                if (Number(place, "lat") is { } lat && Number(place, "lon") is { } lng && area.Contains(lat, lng))
                {
                    var label = place.TryGetProperty("display_name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
                    return TypedResults.Ok(new Found(lat, lng, label));
                }
            }

            return TypedResults.Problem("Nessun luogo trovato per questo indirizzo nell'area della mappa: prova a scriverlo con il comune, oppure indica la posizione sulla mappa.", statusCode: StatusCodes.Status404NotFound, title: "Indirizzo non trovato");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            return Unavailable();
        }
    }

    private static ProblemHttpResult Unavailable() =>
        TypedResults.Problem("Il servizio che trova gli indirizzi non risponde: indica la posizione sulla mappa o scrivi le coordinate.", statusCode: StatusCodes.Status502BadGateway, title: "Geocodifica non disponibile");

    private static double? Number(JsonElement place, string name) =>
        !place.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number ? value.GetDouble()
        : value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) ? parsed
        : null;
}
