using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Services;

public static class ServicesFeature
{
    /// <summary>The service catalogue: service cards and organisations on top of the content workflow.</summary>
    public static IServiceCollection AddServices(this IServiceCollection services)
    {
        services.AddScoped<IContentTypeRules, ServiceCardRules>();
        services.AddScoped<IContentTypeRules, OrganisationRules>();
        services.AddScoped<Taxonomy>();
        services.AddScoped<Data.IDataSeeder, TaxonomyImporter>();
        services.AddScoped<ServiceCardViews>();
        services.AddScoped<ServiceCatalogue>();
        return services;
    }

    public static WebApplication MapServices(this WebApplication app) => app;
}
