namespace SinergieComuni.Tests.Fixtures;

/// <summary>SQLite, with the production limit on login attempts and a small one on the search API.</summary>
public sealed class RateLimitedAppFactory : SinergieAppFactory
{
    public override string ProviderName => "Sqlite";

    protected override int LoginAttemptsPerMinute => 30;

    protected override int SearchRequestsPerMinute => 20;

    protected override IEnumerable<KeyValuePair<string, string?>> DatabaseSettings() => [new("Database:Provider", "Sqlite")];
}
