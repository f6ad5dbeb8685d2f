using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SinergieComuni.Tests.Fixtures;

/// <summary>
/// Adds, after the site's own pipeline, two addresses that throw (one HTML, one API), so tests can see
/// what a person or a client gets when something fails unexpectedly.
/// </summary>
public sealed class FailingEndpointsStartupFilter : IStartupFilter
{
    public const string HtmlPath = "/prova/Guasto_simulato";
    public const string ApiPath = "/api/prova-guasto";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            context.Request.Path == HtmlPath || context.Request.Path == ApiPath
                ? throw new InvalidOperationException("Guasto simulato dal test: dettaglio interno che non deve comparire.")
                : nextMiddleware(context));
    };
}
