using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Media;

public static class MediaFeature
{
    /// <summary>Basic uploads for content (images with alt text, attachments); the media library issue grows this.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddSingleton<IFileStorage, DiskFileStorage>();
        services.AddScoped<Uploads>();
        services.AddOptions<ImageOptions>().BindConfiguration(ImageOptions.Section);
        services.AddSingleton<VipsImageProcessor>();
        return services;
    }

    /// <summary>Downloads by unguessable id, with the stored (checked) type and a safe name.</summary>
    public static WebApplication MapMedia(this WebApplication app)
    {
        app.MapGet("/file/{id:guid}/{name}", async (Guid id, string name, SinergieDbContext db, IFileStorage storage, HttpContext context) =>
        {
            var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, context.RequestAborted);
            var stream = file is null ? null : await storage.OpenReadAsync(file.StorageKey, context.RequestAborted);
            if (file is null || stream is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=86400";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return file.ContentType.StartsWith("image/", StringComparison.Ordinal)
                ? Results.File(stream, file.ContentType, enableRangeProcessing: true)
                : Results.File(stream, file.ContentType, file.FileName, enableRangeProcessing: true);
        });
        return app;
    }

    public static string Url(Guid id, string fileName) => $"/file/{id}/{fileName}";
}
