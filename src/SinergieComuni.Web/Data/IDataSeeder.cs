namespace SinergieComuni.Web.Data;

/// <summary>Something a feature puts in a new database after migrations: roles, the first administrator, demo content.</summary>
public interface IDataSeeder
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}
