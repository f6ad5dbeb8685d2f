namespace SinergieComuni.Web.Features.Navigation;

public static class NavigationFeature
{
    /// <summary>Menus and footer links edited in the backoffice, the SEO tags of the public layout, robots.txt.</summary>
    public static IServiceCollection AddNavigation(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<NavigationSettings>();
        services.AddSingleton<SiteMenuCache>();
        services.AddScoped<PageSeoBuilder>();
        return services;
    }

    public static WebApplication MapNavigation(this WebApplication app)
    {
        app.MapGet("/robots.txt", RobotsTxt.Write);
        return app;
    }
}
