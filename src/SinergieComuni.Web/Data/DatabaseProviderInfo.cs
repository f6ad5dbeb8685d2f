namespace SinergieComuni.Web.Data;

/// <summary>Which provider this instance runs on, for the few places (search, locks) that differ.</summary>
public sealed record DatabaseProviderInfo(DatabaseProvider Provider)
{
    public static DatabaseProviderInfo From(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(name))
        {
            return new DatabaseProviderInfo(DatabaseProvider.Sqlite);
        }

        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
            ? new DatabaseProviderInfo(provider)
            : throw new InvalidOperationException($"Database:Provider '{name}' is not supported: use Sqlite or Postgres.");
    }
}
