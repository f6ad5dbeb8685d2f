using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Forms;

public static class FormsFeature
{
    /// <summary>Posts to public forms, counted per client address (never stored).</summary>
    public const string SubmitRateLimit = "form-submit";

    /// <summary>Largest post to a public form, files included.</summary>
    public const int MaxRequestBytes = 25 * 1024 * 1024;

    /// <summary>Form definitions (a content type), submissions, entries, exports, retention and results.</summary>
    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddOptions<FormOptions>().BindConfiguration(FormOptions.Section);
        services.AddScoped<IContentTypeRules, FormRules>();
        services.AddScoped<FormDefinitions>();
        services.AddSingleton<FormGuard>();
        services.AddScoped<FormSubmissions>();
        services.AddScoped<FormInvitations>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var perMinute = Math.Clamp(configuration.GetValue($"{FormOptions.Section}:SubmissionsPerMinute", 10), 1, 1_000_000);
            o.AddPolicy(SubmitRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        services.AddScoped<IDataSeeder, FormImporter>();
        services.AddScoped<EntryDeletion>();
        services.AddScoped<EntryRetention>();
        services.AddHostedService<EntryRetentionService>();
        services.AddScoped<PersonalData>();
        services.AddScoped<FormEntries>();
        services.AddScoped<FormEntryExport>();
        services.AddScoped<FormResults>();
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o =>
            o.Conventions.AddPageRoute("/Backoffice/Forms/FormEditor", "/backoffice/moduli/nuova"));
        return services;
    }

    public static WebApplication MapForms(this WebApplication app)
    {
        app.UseMiddleware<FormPostLimits>();
        app.MapFormResults();
        return app;
    }
}
