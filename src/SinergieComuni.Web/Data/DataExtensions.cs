using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Data;

public static class DataExtensions
{
    /// <summary>
    /// Registers the DbContext for the configured provider (Database:Provider, ConnectionStrings:Sinergie) and the shared key ring.
    /// Configuration is read when the context is first needed, so settings added by a host or a test are honoured.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatabaseProviderInfo.From(sp.GetRequiredService<IConfiguration>()));
        services.AddDbContext<SqliteSinergieDbContext>((sp, o) =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("Sinergie");
            o.UseSqlite(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString(sp) : connectionString);
        });
        services.AddDbContext<PostgresSinergieDbContext>((sp, o) =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("Sinergie");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Sinergie is empty.");
            }

            o.UseNpgsql(connectionString);
        });
        services.AddScoped<SinergieDbContext>(sp => sp.GetRequiredService<DatabaseProviderInfo>().Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresSinergieDbContext>()
            : sp.GetRequiredService<SqliteSinergieDbContext>());

        services.AddDataProtection().SetApplicationName("SinergieComuni");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new DatabaseXmlRepository(scopes));
        return services;
    }

    /// <summary>Applies migrations and runs every feature's seeder, before the site starts answering.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SinergieDbContext>();
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.MigrateAsync(cancellationToken);
        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    private static string DefaultSqliteConnectionString(IServiceProvider services)
    {
        var app = services.GetRequiredService<IOptions<AppOptions>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        var file = Path.Combine(app.ResolveDataPath(environment.ContentRootPath), "sinergie.db");
        return new SqliteConnectionStringBuilder { DataSource = file, Cache = SqliteCacheMode.Default, Pooling = true }.ToString();
    }
}

