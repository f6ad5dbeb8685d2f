using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Features.Identity;
using Xunit;

namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>
/// The whole site on a real Kestrel port on the loopback interface, over a SQLite database in a temporary folder,
/// so that a real browser can open it.
/// </summary>
public class SiteServerFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "sinergie-browser-" + Guid.NewGuid().ToString("N"));

    /// <summary>The address the server answers on, for example http://127.0.0.1:41234/.</summary>
    public Uri ServerAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Where the site drops outgoing mail as .eml files when no SMTP host is configured.</summary>
    public string MailOutboxPath => Path.Combine(dataPath, "mail-outbox");

    Task IAsyncLifetime.InitializeAsync()
    {
        Directory.CreateDirectory(dataPath);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();

        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("The test server started without a listening address.");
        ServerAddress = new Uri(address.TrimEnd('/') + "/");
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a folder in the temp directory behind.
        }
    }

    /// <summary>Creates an administrator with a unique e-mail, straight through Identity, and returns the credentials.</summary>
    public Task<TestUser> CreateAdministratorAsync() =>
        CreateUserAsync(TestUser.CreateUnique("amministratore"), Roles.Administrator, organisationId: null);

    /// <summary>Creates an editor (redattore) with a unique e-mail, straight through Identity.</summary>
    public Task<TestUser> CreateEditorAsync() =>
        CreateUserAsync(TestUser.CreateUnique("redattore", "Rita Redattrice"), Roles.Editor, organisationId: null);

    /// <summary>Creates the representative of a partner organisation, who edits only that organisation's cards.</summary>
    public Task<TestUser> CreatePartnerRepresentativeAsync(Guid organisationId) =>
        CreateUserAsync(TestUser.CreateUnique("referente", "Paolo Referente"), Roles.PartnerRepresentative, organisationId);

    /// <summary>
    /// The items of a content type (for example <see cref="ContentTypes.Service"/>) that are published exactly as last
    /// saved, with nothing waiting for approval, ordered by address.
    /// </summary>
    public async Task<IReadOnlyList<PublishedItem>> PublishedItemsAsync(string contentType)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        var items = await db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == contentType && i.DeletedUtc == null && i.PublishedVersion != null
                && i.PublishedVersion == i.LatestVersion && i.ReviewState == ReviewState.None && i.PublishedSlug != null)
            .Select(i => new PublishedItem(i.Id, i.Title, i.PublishedSlug!, i.OrganisationId))
            .ToListAsync();
        return [.. items.OrderBy(i => i.Slug, StringComparer.Ordinal)];
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("App:DataPath", dataPath);
        builder.UseSetting("App:ImportDemoContent", "true");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sinergie", "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");

        // Playwright fills a form faster than a person: the fill-time trap has its own integration tests.
        builder.UseSetting("Forms:MinFillSeconds", "0");
        ConfigureSite(builder);
    }

    /// <summary>Where a fixture for one test class adds or overrides settings, for example the map's tile server.</summary>
    protected virtual void ConfigureSite(IWebHostBuilder builder)
    {
    }

    private async Task<TestUser> CreateUserAsync(TestUser user, string role, Guid? organisationId)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var account = new AppUser
        {
            UserName = user.Email,
            Email = user.Email,
            EmailConfirmed = true,
            DisplayName = user.DisplayName,
            OrganisationId = organisationId,
        };
        EnsureSucceeded(await users.CreateAsync(account, user.Password));
        EnsureSucceeded(await users.AddToRoleAsync(account, role));
        return user;
    }

    private static void EnsureSucceeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create the test user: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
