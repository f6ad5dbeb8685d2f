using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Documents;

public static class DocumentsFeature
{
    /// <summary>The document library: a content type on the common workflow, its public list, pages and stable downloads.</summary>
    public static IServiceCollection AddDocumentLibrary(this IServiceCollection services)
    {
        services.AddScoped<IContentTypeRules, LibraryDocumentRules>();
        services.AddScoped<DocumentLibrary>();
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
        {
            o.Conventions.AddPageRoute("/Documents/Download", "/documenti/{slug}/versioni/{version:int}/scarica");
        });
        return services;
    }
}
