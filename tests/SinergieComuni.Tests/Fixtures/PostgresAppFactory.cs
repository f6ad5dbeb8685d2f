using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Tests.Fixtures;

/// <summary>
/// A new database on the throw-away PostgreSQL server that the README's test command starts
/// (its connection string comes in SINERGIE_TEST_POSTGRES); dropped when the fixture ends.
/// </summary>
public sealed class PostgresAppFactory : SinergieAppFactory
{
    public const string ServerVariable = "SINERGIE_TEST_POSTGRES";

    private readonly string _connectionString;

    public PostgresAppFactory()
    {
        var server = System.Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set: the PostgreSQL tests need the server that './build.sh test' starts. Run the tests with './build.sh test'.");
        }

        var database = "sc_test_" + Guid.NewGuid().ToString("N")[..16];
        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

        // Created up front so the migrator finds it (instead of logging a failed connection before creating it).
        using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        admin.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
        create.ExecuteNonQuery();
    }

    public override string ProviderName => "Postgres";

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Postgres"),
        new("ConnectionStrings:Sinergie", _connectionString),
    ];

    protected override async Task DisposeAsyncCore()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SinergieDbContext>().Database.EnsureDeletedAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await base.DisposeAsyncCore();
    }
}
