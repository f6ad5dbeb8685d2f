using Microsoft.AspNetCore.ResponseCompression;

namespace SinergieComuni.Web.Features.Maps;

public static class MapsFeature
{
    /// <summary>The public map, the GeoJSON of services and the backoffice map picker's settings.</summary>
    public static IServiceCollection AddMaps(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section).ValidateDataAnnotations()
            .Validate(o => Search.GeoBox.Parse(o.Area) is not null, "Maps:Area deve essere «minLng,minLat,maxLng,maxLat».")
            .ValidateOnStart();
        // The GeoJSON of a whole district is megabytes of repetitive text: compressed, about a tenth. Only this public
        // data is compressed (pages with anti-forgery tokens are not, against BREACH-style attacks).
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = [GeoJsonEndpoint.MediaType];
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddHttpClient(GeocoderEndpoint.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(8);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("SinergieComuni/1.0 (backoffice map picker)");
        });
        return services;
    }

    public static WebApplication MapMaps(this WebApplication app)
    {
        app.UseResponseCompression();
        GeoJsonEndpoint.Map(app);
        GeocoderEndpoint.Map(app);
        return app;
    }
}
