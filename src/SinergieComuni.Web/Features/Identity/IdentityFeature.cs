using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Identity;

public static class IdentityFeature
{
    public const string AuthCookieName = ".SinergieComuni.Auth";
    public const string LoginRateLimit = "login";

    /// <summary>ASP.NET Core Identity with the backoffice roles, Italian messages, strict passwords and lockout.</summary>
    public static IServiceCollection AddIdentityFeature(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = false;
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<SinergieDbContext>()
            .AddErrorDescriber<ItalianIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = AuthCookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/backoffice/accesso";
            o.LogoutPath = "/backoffice/esci";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = context =>
            {
                if (Infrastructure.InfrastructureExtensions.IsApiRequest(context.HttpContext))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Backoffice, p => p.RequireRole([.. Roles.All]))
            .AddPolicy(Policies.ManageUsers, p => p.RequireRole(Roles.Administrator));

        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Backoffice", Policies.Backoffice);
            o.Conventions.AuthorizeFolder("/Backoffice/Users", Policies.ManageUsers);
            o.Conventions.AllowAnonymousToFolder("/Backoffice/Account");
            o.Conventions.AddPageApplicationModelConvention("/Backoffice/Account/Login",
                model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(LoginRateLimit)));
        });

        // Lockout protects one account; this protects all of them from one client trying many.
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var perMinute = Math.Clamp(configuration.GetValue("Identity:LoginAttemptsPerMinute", 30), 1, 100_000);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });

        services.AddScoped<Invitations>();
        services.AddScoped<IDataSeeder, IdentitySeeder>();
        return services;
    }

    /// <summary>Logout: a POST with the anti-forgery token, so a link on another site cannot sign anyone out.</summary>
    public static WebApplication MapIdentityFeature(this WebApplication app)
    {
        app.MapPost("/backoffice/esci", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/backoffice/accesso?uscito=1");
        });
        return app;
    }
}
