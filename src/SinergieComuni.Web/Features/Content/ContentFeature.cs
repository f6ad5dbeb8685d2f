using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Documents;
using SinergieComuni.Web.Features.Editorial;

namespace SinergieComuni.Web.Features.Content;

public static class ContentFeature
{
    /// <summary>The content workflow shared by every editable type, the scheduler and the demo import.</summary>
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<AuditLog>();
        services.AddScoped<Redirects>();
        services.AddScoped<PublishWorkflow>();
        services.AddScoped<PublishedContent>();
        services.AddScoped<ScheduledPublishing>();
        services.AddScoped<BackofficeActor>();
        services.AddHostedService<ScheduledPublishingService>();
        services.AddScoped<IDataSeeder, DemoContentImporter>();
        services.AddDocumentLibrary();
        services.AddEditorial();
        services.AddSingleton<Blocks.RichTextSanitizer>();
        services.AddScoped<PagePaths>();
        services.Configure<RouteOptions>(o => o.ConstraintMap[PagePathConstraint.Name] = typeof(PagePathConstraint));
        services.AddScoped<PageViews>();
        services.AddScoped<IContentTypeRules, PageRules>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.ModelBinderProviders.Insert(0, new Blocks.PageBlockModelBinderProvider()));
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
        {
            o.Conventions.AddPageRoute("/Backoffice/Content/PageEditor", "/backoffice/pagine/nuova");
            o.Conventions.AddPageRoute("/Backoffice/Content/OrganisationEditor", "/backoffice/organizzazioni/nuova");
            o.Conventions.AddPageRoute("/Backoffice/Content/ServiceCardEditor", "/backoffice/servizi/nuova");
            o.Conventions.AddPageRoute("/Backoffice/Content/DocumentEditor", "/backoffice/documenti/nuova");
        });
        return services;
    }

    public static WebApplication MapContent(this WebApplication app)
    {
        app.UseMiddleware<RedirectMiddleware>();
        app.MapGet("/" + PageSlugs.Home, () => TypedResults.LocalRedirect("/", permanent: true));
        app.MapGet("/sitemap.xml", Sitemap.WriteAsync);
        app.MapEditorial();
        return app;
    }
}
