using Xunit;

namespace SinergieComuni.BrowserTests.Infrastructure;

/// <summary>Every browser test shares one server and one browser; the tests of the collection run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
