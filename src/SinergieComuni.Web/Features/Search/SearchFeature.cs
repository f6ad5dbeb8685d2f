using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SinergieComuni.Web.Data;
using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Web.Features.Search;

public static class SearchFeature
{
    /// <summary>Italian search: analysis, synonyms, the index on the configured database, its upkeep and rebuild.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddScoped<IDataSeeder, SynonymImporter>();
        services.AddScoped<ISearchIndex>(sp => sp.GetRequiredService<DatabaseProviderInfo>().Provider == DatabaseProvider.Postgres
            ? new PostgresSearchIndex(sp.GetRequiredService<SinergieDbContext>())
            : new SqliteSearchIndex(sp.GetRequiredService<SinergieDbContext>()));
        services.AddScoped<SearchEntryBuilder>();
        services.AddScoped<SearchIndexer>();
        services.AddScoped<IContentChangeObserver>(sp => sp.GetRequiredService<SearchIndexer>());
        services.AddScoped<QueryPlanner>();
        services.AddScoped<SearchService>();
        services.AddSingleton<SearchRebuilder>();
        services.AddSingleton<SearchCatalogue>();
        services.AddSingleton<SearchMatchCache>();
        services.AddSingleton<SearchRebuildRunner>();
        services.AddScoped<IDataSeeder, SearchIndexSeeder>();

        // The public API answers everybody: a generous per-client limit keeps one client from starving the rest.
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var perMinute = Math.Clamp(configuration.GetValue("Search:RequestsPerMinute", 600), 1, 1_000_000);
            o.AddPolicy(SearchEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    public static WebApplication MapSearch(this WebApplication app)
    {
        SearchEndpoints.Map(app);
        return app;
    }
}
