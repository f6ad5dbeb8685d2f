using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Search;

public static class SearchFeature
{
    /// <summary>Italian search: analysis, synonyms (the indexes and the search pages build on these).</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddScoped<IDataSeeder, SynonymImporter>();
        return services;
    }
}
