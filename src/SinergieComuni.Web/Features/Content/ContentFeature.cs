using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Content;

public static class ContentFeature
{
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddScoped<IDataSeeder, DemoContentImporter>();
        services.AddScoped<PublishedPages>();
        return services;
    }

    /// <summary>The home page lives at "/"; its slug is only an internal name.</summary>
    public static WebApplication MapContent(this WebApplication app)
    {
        app.MapGet("/" + ContentPage.HomeSlug, () => TypedResults.LocalRedirect("/", permanent: true));
        return app;
    }
}
