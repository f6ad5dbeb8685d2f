using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SinergieComuni.Web.Infrastructure;

/// <summary>Writes the health report as a small JSON document: overall status and one entry per check.</summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
