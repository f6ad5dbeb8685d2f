namespace SinergieComuni.Tests.Fixtures;

/// <summary>SQLite, with the production limit on login attempts.</summary>
public sealed class RateLimitedAppFactory : SinergieAppFactory
{
    public override string ProviderName => "Sqlite";

    protected override int LoginAttemptsPerMinute => 30;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() => [new("Database:Provider", "Sqlite")];
}
