namespace SinergieComuni.Tests.Fixtures;

/// <summary>The embedded default: a new SQLite file in the fixture's temp data folder.</summary>
public sealed class SqliteAppFactory : SinergieAppFactory
{
    public override string ProviderName => "Sqlite";

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() =>
    [
        new("Database:Provider", "Sqlite"),
    ];
}
