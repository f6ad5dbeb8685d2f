using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SinergieComuni.Web.Features.Identity;

namespace SinergieComuni.Tests.Fixtures;

/// <summary>
/// The site in memory on its own new database (one per fixture), with a temp data folder.
/// Subclasses choose the provider; the same tests run on each.
/// </summary>
public abstract class SinergieAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    protected SinergieAppFactory()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "sinergie-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        ClientOptions.BaseAddress = BaseAddress;
    }

    /// <summary>Requests go over HTTPS to a host that is not localhost, as in production (HSTS skips localhost).</summary>
    public static Uri BaseAddress { get; } = new("https://sinergie.test/");

    public string DataPath { get; }

    /// <summary>The site's clock; it stands still unless a test advances it.</summary>
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public abstract string ProviderName { get; }

    protected virtual string Environment => "Testing";

    /// <summary>Many tests sign in from the same test client: only the rate-limit test keeps the production limit.</summary>
    protected virtual int LoginAttemptsPerMinute => 10_000;

    protected virtual int SearchRequestsPerMinute => 1_000_000;

    /// <summary>Tests post forms at once (the clock stands still); the fill-time trap has its own tests.</summary>
    protected virtual int FormMinFillSeconds => 0;

    protected abstract IEnumerable<KeyValuePair<string, string?>> DatabaseSettings();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("App:DataPath", DataPath);
        builder.UseSetting("https_port", "443");
        builder.UseSetting("Content:SchedulerEnabled", "false");
        builder.UseSetting("Forms:RetentionEnabled", "false");
        builder.UseSetting("Identity:LoginAttemptsPerMinute", LoginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Search:RequestsPerMinute", SearchRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Forms:MinFillSeconds", FormMinFillSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Forms:SubmissionsPerMinute", "1000000");
        foreach (var (key, value) in DatabaseSettings())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, FailingEndpointsStartupFilter>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public virtual Task InitializeAsync()
    {
        // Starting the host runs migrations and seeding, so failures show up here with a clear stack.
        _ = Server;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsyncCore();

    protected virtual async Task DisposeAsyncCore()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS; the temp folder is cleaned later.
        }
    }

    public Task<string> CreateUserAsync(string email, params string[] roles) => CreateUserAsync(email, null, roles);

    /// <summary>Creates an active user with the given roles (and organisation, for partner staff) and returns the password.</summary>
    public async Task<string> CreateUserAsync(string email, Guid? organisationId, params string[] roles)
    {
        var password = "Prova-" + Guid.NewGuid().ToString("N")[..10] + "!A1";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], OrganisationId = organisationId };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }

        return password;
    }

    /// <summary>A browser-like client of a new user with <paramref name="role"/>, signed in through the login page.</summary>
    public async Task<HttpClient> SignedInClientAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@prova.it";
        var password = await CreateUserAsync(email, role);
        var client = CreateBrowserLikeClient();
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.LogInAsync(email, password)).StatusCode);
        return client;
    }

    public HttpClient CreateBrowserLikeClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = BaseAddress,
    });
}
