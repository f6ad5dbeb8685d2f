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
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
            o.Conventions.AddPageRoute("/Backoffice/Forms/FormEditor", "/backoffice/moduli/nuova"));
        return services;
    }

    public static WebApplication MapForms(this WebApplication app)
    {
        return app;
    }
}
