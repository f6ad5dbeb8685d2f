using Microsoft.AspNetCore.Http.Features;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Sets the size limits of posts to public forms before anything reads the body (the anti-forgery check reads it
/// first), and turns a body over the limits into the Italian 413/400 page instead of an exception.
/// </summary>
public sealed class FormPostLimits(RequestDelegate next, ILogger<FormPostLimits> logger)
{
    private static readonly Microsoft.AspNetCore.Http.Features.FormOptions Limits = new()
    {
        ValueCountLimit = 2000,
        KeyLengthLimit = 200,
        ValueLengthLimit = 100_000,
        MultipartBodyLengthLimit = FormsFeature.MaxRequestBytes,
        MultipartHeadersLengthLimit = 16 * 1024,
    };

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.StartsWithSegments("/moduli", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = FormsFeature.MaxRequestBytes;
        }

        if (context.Request.HasFormContentType)
        {
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, Limits));
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
            {
                logger.LogInformation("A post to {Path} was refused: {Reason}", context.Request.Path, exception.Message);
                var tooLarge = exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                    || context.Request.ContentLength > FormsFeature.MaxRequestBytes
                    || exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase);
                context.Response.StatusCode = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;

                // The error page is re-executed as a post too: it must find an empty form, not the unreadable one.
                context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
                return;
            }
        }

        await next(context);
    }
}
