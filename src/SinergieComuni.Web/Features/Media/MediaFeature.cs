using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Media;

public static class MediaFeature
{
    /// <summary>Uploads, the media library (folders, usage tracking, demo images) and image processing.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        // The one place that chooses where files live (Storage:Provider); a bucket left half-configured stops the start.
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<DiskFileStorage>();
        services.AddSingleton<S3FileStorage>();
        services.AddSingleton<IFileStorage>(provider => provider.GetRequiredService<IOptions<StorageOptions>>().Value.UsesS3
            ? provider.GetRequiredService<S3FileStorage>()
            : provider.GetRequiredService<DiskFileStorage>());
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section);
        services.AddScoped<Uploads>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<MediaUsageTracker>();
        services.AddScoped<Content.IContentChangeObserver>(sp => sp.GetRequiredService<MediaUsageTracker>());
        services.AddScoped<IDataSeeder, MediaUsageBackfill>();
        services.AddScoped<IDataSeeder, MediaDemoImporter>();
        services.AddOptions<ImageOptions>().BindConfiguration(ImageOptions.Section);
        services.AddSingleton<VipsImageProcessor>();
        services.AddScoped<ImageVariants>();
        return services;
    }

    /// <summary>Downloads by unguessable id, with the stored (checked) type and a safe name.</summary>
    public static WebApplication MapMedia(this WebApplication app)
    {
        app.MapGet("/file/{id:guid}/{name}", ServeAsync);
        MediaUploadEndpoint.Map(app);
        return app;
    }

    public static string Url(Guid id, string fileName) => $"/file/{id}/{fileName}";

    /// <summary>
    /// The original, or with <c>width</c>/<c>height</c>/<c>mode</c>/<c>format</c>/<c>quality</c> a resized variant of an
    /// image (see <see cref="ImageVariantRequest"/>); bad parameters get an Italian ProblemDetails.
    /// </summary>
    private static async Task<IResult> ServeAsync(Guid id, string name, SinergieDbContext db, IFileStorage storage, ImageVariants variants,
        IOptions<ImageOptions> images, HttpContext context)
    {
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, context.RequestAborted);
        if (file is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        var isImage = file.ContentType.StartsWith("image/", StringComparison.Ordinal);
        if (ImageVariantRequest.IsVariant(context.Request.Query))
        {
            var (request, errors) = ImageVariantRequest.Parse(context.Request.Query, images.Value);
            if (request is { Fit: ImageFit.Crop } && await db.MediaItems.AsNoTracking().Where(m => m.Id == id)
                    .Select(m => new { m.FocalX, m.FocalY, m.CropsJson }).FirstOrDefaultAsync(context.RequestAborted) is { } item)
            {
                // The item's focal point and chosen rectangle are part of the cache key; the URL's "v" changes with them.
                var region = request.Crop is not null && MediaCrops.Parse(item.CropsJson).TryGetValue(request.Crop, out var chosen) ? chosen : null;
                request = request with { FocalX = item.FocalX, FocalY = item.FocalY, Region = region };
            }

            if (!isImage)
            {
                errors["format"] = ["Solo le immagini possono essere ridimensionate."];
            }

            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "Parametri dell'immagine non validi.", statusCode: StatusCodes.Status400BadRequest);
            }

            try
            {
                if (await variants.GetAsync(file, request!, context.RequestAborted) is { } variant)
                {
                    context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                    return Results.File(variant.Path, ImageVariants.ContentType(request!.Format), entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{variant.ETag}\""));
                }
            }
            catch (ImageProcessingException exception)
            {
                return Results.Problem(exception.Message, title: "Immagine non elaborabile.", statusCode: StatusCodes.Status422UnprocessableEntity);
            }
        }

        var stream = await storage.OpenReadAsync(file.StorageKey, context.RequestAborted);
        if (stream is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=86400";
        return isImage
            ? Results.File(stream, file.ContentType, enableRangeProcessing: true)
            : Results.File(stream, file.ContentType, file.FileName, enableRangeProcessing: true);
    }
}
