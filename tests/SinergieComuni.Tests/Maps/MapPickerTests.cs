using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SinergieComuni.Tests.Fixtures;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Tests.Maps;

/// <summary>SQLite, with a geocoder answering on a loopback port (no internet here).</summary>
public sealed class GeocoderAppFactory : SinergieAppFactory
{
    private readonly HttpListener _listener = new();

    public GeocoderAppFactory()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public override string ProviderName => "Sqlite";

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Sqlite"),
        new("Maps:GeocoderUrl", $"http://127.0.0.1:{Port}/search?format=json&q={{q}}"),
    ];

    /// <summary>"Roma 12" is in Melegnano; "Colosseo" is in Rome (outside the map's area); "guasto" fails.</summary>
    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var query = context.Request.QueryString["q"] ?? "";
            var (status, body) = query.Contains("guasto", StringComparison.Ordinal) ? (500, "{}")
                : query.Contains("Roma 12", StringComparison.Ordinal) ? (200, """[{"lat":"45.35812","lon":"9.32391","display_name":"Via Roma 12, Melegnano"}]""")
                : query.Contains("Colosseo", StringComparison.Ordinal) ? (200, """[{"lat":"41.8902","lon":"12.4922","display_name":"Colosseo, Roma"}]""")
                : (200, "[]");
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    protected override async Task DisposeAsyncCore()
    {
        _listener.Stop();
        _listener.Close();
        await base.DisposeAsyncCore();
    }
}

/// <summary>The backoffice map picker's server side: its settings in the editor, the area check, the geocoder.</summary>
public sealed class MapPickerTests(GeocoderAppFactory factory) : IClassFixture<GeocoderAppFactory>
{
    private Task<HttpClient> EditorAsync() => factory.SignedInClientAsync(Roles.Editor);

    [Fact]
    public async Task The_editor_offers_the_picker_with_the_geocoder()
    {
        using var client = await EditorAsync();
        var id = await factory.CreateAsync(ContentTypes.Service, ContentFixtures.ServiceCard(null, "Sede da posizionare"));
        var html = await client.GetStringAsync($"/backoffice/servizi/{id}");

        Assert.Contains("data-map-picker", html, StringComparison.Ordinal);
        Assert.Contains("data-picker-centroid", html, StringComparison.Ordinal);
        Assert.Contains("data-picker-geocode>Trova dall", html, StringComparison.Ordinal);
        Assert.Contains("data-lat=\"45.3583\" data-lng=\"9.3236\">Melegnano</option>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/picker.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_geocoder_answers_a_place_inside_the_area_or_an_italian_problem()
    {
        using var client = await EditorAsync();

        using var found = JsonDocument.Parse(await client.GetStringAsync("/backoffice/mappa/geocodifica?q=" + Uri.EscapeDataString("Via Roma 12, Melegnano")));
        Assert.Equal(45.35812, found.RootElement.GetProperty("lat").GetDouble(), 5);
        Assert.Equal(9.32391, found.RootElement.GetProperty("lng").GetDouble(), 5);

        var outside = await client.GetAsync("/backoffice/mappa/geocodifica?q=Colosseo");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Contains("Nessun luogo trovato", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var broken = await client.GetAsync("/backoffice/mappa/geocodifica?q=guasto");
        Assert.Equal(HttpStatusCode.BadGateway, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);

        var empty = await client.GetAsync("/backoffice/mappa/geocodifica?q=");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);

        using var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/backoffice/mappa/geocodifica?q=Roma%2012")).StatusCode);
    }

    [Fact]
    public async Task A_position_outside_the_area_is_refused_in_italian_and_nothing_is_stored()
    {
        var card = ContentFixtures.ServiceCard(null, "Sede con coordinate scambiate");
        card.Venues[0].Latitude = 9.3236;
        card.Venues[0].Longitude = 45.3583;

        await using var scope = factory.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<PublishWorkflow>();
        var created = await workflow.CreateAsync(ContentFixtures.Editor, ContentTypes.Service, card, CancellationToken.None);

        Assert.False(created.Succeeded);
        var message = Assert.Single(created.Errors!["Venues[0].Latitude"]);
        Assert.Contains("fuori dall'area della mappa", message, StringComparison.Ordinal);
        Assert.Contains("scambiato latitudine e longitudine", message, StringComparison.Ordinal);

        card.Venues[0].Latitude = 45.3583;
        card.Venues[0].Longitude = 9.3236;
        Assert.True((await workflow.CreateAsync(ContentFixtures.Editor, ContentTypes.Service, card, CancellationToken.None)).Succeeded);
    }
}
