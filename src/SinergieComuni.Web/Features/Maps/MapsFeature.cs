namespace SinergieComuni.Web.Features.Maps;

public static class MapsFeature
{
    /// <summary>The public map, the GeoJSON of services and the backoffice map picker's settings.</summary>
    public static IServiceCollection AddMaps(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section).ValidateDataAnnotations()
            .Validate(o => Search.GeoBox.Parse(o.Area) is not null, "Maps:Area deve essere «minLng,minLat,maxLng,maxLat».")
            .ValidateOnStart();
        services.AddHttpClient(GeocoderEndpoint.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(8);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("SinergieComuni/1.0 (backoffice map picker)");
        });
        return services;
    }

    public static WebApplication MapMaps(this WebApplication app)
    {
        GeoJsonEndpoint.Map(app);
        GeocoderEndpoint.Map(app);
        return app;
    }
}
