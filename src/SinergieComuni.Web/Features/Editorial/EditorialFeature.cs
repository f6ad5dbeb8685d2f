using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>News and events: two content types on the common workflow, their public pages, feeds and calendars.</summary>
public static class EditorialFeature
{
    public static IServiceCollection AddEditorial(this IServiceCollection services)
    {
        services.AddScoped<EditorialChecks>();
        services.AddScoped<IContentTypeRules, NewsRules>();
        services.AddScoped<IContentTypeRules, EventRules>();
        services.AddScoped<PublishedNews>();
        services.AddScoped<PublishedEvents>();
        services.AddScoped<PublicUrls>();
        services.AddScoped<EventViews>();
        services.AddScoped<EditorChoices>();
        services.AddScoped<IDataSeeder, EditorialDemoImporter>();
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
        {
            o.Conventions.AddPageRoute("/Backoffice/Content/NewsEditor", "/backoffice/notizie/nuova");
            o.Conventions.AddPageRoute("/Backoffice/Content/EventEditor", "/backoffice/eventi/nuova");
        });
        return services;
    }

    public static WebApplication MapEditorial(this WebApplication app)
    {
        app.MapGet(NewsFeeds.RssPath, NewsFeeds.RssAsync);
        app.MapGet(NewsFeeds.AtomPath, NewsFeeds.AtomAsync);
        app.MapGet(EventFeeds.IcsFeedPath, EventFeeds.IcsFeedAsync);
        app.MapGet(EventFeeds.RssPath, EventFeeds.RssAsync);
        app.MapGet("/eventi/{slug}.ics", EventFeeds.OneAsync);
        return app;
    }
}
