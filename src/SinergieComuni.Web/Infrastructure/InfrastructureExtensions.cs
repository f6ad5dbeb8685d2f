using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Infrastructure;

public static class InfrastructureExtensions
{
    /// <summary>Logging, options, Razor Pages, problem details, health checks and mail: what every feature relies on.</summary>
    public static WebApplicationBuilder AddInfrastructure(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        builder.Logging.ClearProviders();
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }
        else
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        services.AddOptions<AppOptions>().Bind(builder.Configuration.GetSection(AppOptions.Section));
        services.AddOptions<MailOptions>().Bind(builder.Configuration.GetSection(MailOptions.Section));
        services.AddSingleton<MailSender>();
        services.AddOutbox(builder.Configuration);

        services.AddRazorPages()
            .AddMvcOptions(o =>
            {
                ItalianModelBindingMessages.Apply(o.ModelBindingMessageProvider);

                // Only explicit [Required] makes a field mandatory (with its Italian message): an empty optional field
                // such as the slug must not become an English "field is required" error.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                var formFactory = o.ValueProviderFactories.OfType<Microsoft.AspNetCore.Mvc.ModelBinding.FormValueProviderFactory>().FirstOrDefault();
                var index = formFactory is null ? 0 : o.ValueProviderFactories.IndexOf(formFactory);
                if (formFactory is not null)
                {
                    o.ValueProviderFactories.Remove(formFactory);
                }

                o.ValueProviderFactories.Insert(index, new InvariantFormValueProviderFactory());
            });
        services.AddRouting(o => o.LowercaseUrls = true);

        // Italian text (à, è, «») stays readable in the HTML instead of becoming numeric entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        services.AddProblemDetails();
        services.AddHealthChecks().AddDbContextCheck<SinergieDbContext>("database");
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var italian = new CultureInfo("it-IT");
            o.DefaultRequestCulture = new RequestCulture(italian);
            o.SupportedCultures = [italian];
            o.SupportedUICultures = [italian];
            o.RequestCultureProviders.Clear();
        });
        return builder;
    }

    public static WebApplication UseInfrastructure(this WebApplication app)
    {
        app.UseWhen(IsApiRequest, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApiRequest(context), site =>
        {
            site.UseExceptionHandler("/errore/500");
            site.UseStatusCodePagesWithReExecute("/errore/{0}");
        });

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapInfrastructure(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = HealthResponse.WriteAsync,
        }).DisableHttpMetrics();
        app.MapRazorPages();
        app.MapCookieNotice();
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
        return app;
    }

    public static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
