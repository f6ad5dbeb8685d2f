using Microsoft.Extensions.Configuration;
using SinergieComuni.Web.Features.Search;
using Xunit;

namespace SinergieComuni.Tests.Search;

public sealed class SearchMatchCacheTests
{
    private static readonly TextQuery Asilo = new([[new QueryAlternative(["asil"])]]);
    private static readonly TextQuery Nido = new([[new QueryAlternative(["nid"]), new QueryAlternative(["asil", "nid"])]]);

    private static SearchMatchCache Cache(long capacity) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Search:MatchCacheIds"] = capacity.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Build());

    [Fact]
    public async Task The_same_text_on_the_same_state_is_matched_once_and_any_change_asks_again()
    {
        var cache = Cache(1000);
        var calls = 0;
        Task<IReadOnlyCollection<long>> Match() => Task.FromResult<IReadOnlyCollection<long>>(Enumerable.Range(0, ++calls).Select(i => (long)i).ToList());

        var first = await cache.GetAsync(1, 10, Asilo, Match);
        var again = await cache.GetAsync(1, 10, Asilo, Match);
        Assert.Equal(1, calls);
        Assert.Same(first, again);

        await cache.GetAsync(1, 10, Nido, Match);
        Assert.Equal(2, calls);

        // A publication moved the counter; a rebuild switched the generation.
        var afterChange = await cache.GetAsync(1, 11, Asilo, Match);
        Assert.Equal(3, calls);
        Assert.Equal(3, afterChange.Count);
        await cache.GetAsync(2, 11, Asilo, Match);
        Assert.Equal(4, calls);
    }

    [Fact]
    public async Task The_cache_holds_at_most_its_capacity_of_ids_and_can_be_turned_off()
    {
        var cache = Cache(100);
        var calls = 0;
        Task<IReadOnlyCollection<long>> Match(int count) { calls++; return Task.FromResult<IReadOnlyCollection<long>>(new long[count]); }

        await cache.GetAsync(1, 1, Asilo, () => Match(20));
        await cache.GetAsync(1, 1, Nido, () => Match(20));
        await cache.GetAsync(1, 1, new TextQuery([[new QueryAlternative(["ludotec"])]]), () => Match(20));
        await cache.GetAsync(1, 1, new TextQuery([[new QueryAlternative(["bab", ""], Prefix: true)]]), () => Match(20));
        await cache.GetAsync(1, 1, new TextQuery([[new QueryAlternative(["cowork"])]]), () => Match(20));
        await cache.GetAsync(1, 1, new TextQuery([[new QueryAlternative(["sportell"])]]), () => Match(20));
        Assert.Equal(6, calls);

        // The least recently used went first.
        await cache.GetAsync(1, 1, Asilo, () => Match(20));
        Assert.Equal(7, calls);

        // A set bigger than a quarter of the capacity is never kept.
        await cache.GetAsync(1, 1, new TextQuery([[new QueryAlternative(["famigl"])]]), () => Match(60));
        await cache.GetAsync(1, 1, new TextQuery([[new QueryAlternative(["famigl"])]]), () => Match(60));
        Assert.Equal(9, calls);

        var off = Cache(0);
        await off.GetAsync(1, 1, Asilo, () => Match(1));
        await off.GetAsync(1, 1, Asilo, () => Match(1));
        Assert.Equal(11, calls);
    }
}
