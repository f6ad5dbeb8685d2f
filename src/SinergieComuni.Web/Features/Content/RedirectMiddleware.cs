namespace SinergieComuni.Web.Features.Content;

/// <summary>Turns a "not found" GET into a 301 when a redirect exists for the address.</summary>
public sealed class RedirectMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, Redirects redirects)
    {
        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status404NotFound || context.Response.HasStarted
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            return;
        }

        var redirect = await redirects.FindAsync(context.Request.Path.Value ?? "", context.RequestAborted);
        if (redirect is not null)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = redirect.ToPath + context.Request.QueryString;
        }
    }
}
