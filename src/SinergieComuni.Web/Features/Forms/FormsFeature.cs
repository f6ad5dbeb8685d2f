using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Forms;

public static class FormsFeature
{
    /// <summary>Form definitions (a content type), submissions, entries, exports, retention and results.</summary>
    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<IContentTypeRules, FormRules>();
        services.AddScoped<FormDefinitions>();
        services.AddScoped<FormResults>();
        return services;
    }

    public static WebApplication MapForms(this WebApplication app)
    {
        app.MapFormResults();
        return app;
    }
}
