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
        return services;
    }
}
