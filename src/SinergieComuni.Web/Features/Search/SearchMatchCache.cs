namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// The entry ids a text matched, remembered per (generation, change counter, query): ticking a facet, changing the
/// sort or turning the page repeats the same text, and the full-text index need not be asked again. Every change to
/// the index moves the counter, so an answer is only ever reused for exactly the state it was read from. Bounded by
/// the number of ids held; the least recently used go first. <c>Search:MatchCacheIds</c> = 0 turns it off.
/// </summary>
public sealed class SearchMatchCache(IConfiguration configuration)
{
    private readonly long _capacity = Math.Max(0, configuration.GetValue("Search:MatchCacheIds", 4_000_000L));
    private readonly Lock _lock = new();
    private readonly Dictionary<(int Generation, long Counter, string Query), LinkedListNode<Item>> _items = [];
    private readonly LinkedList<Item> _recent = new();
    private long _held;

    public async Task<IReadOnlyCollection<long>> GetAsync(int generation, long counter, TextQuery query, Func<Task<IReadOnlyCollection<long>>> match)
    {
        if (_capacity == 0)
        {
            return await match();
        }

        var key = (generation, counter, Key(query));
        lock (_lock)
        {
            if (_items.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Ids;
            }
        }

        var ids = await match();
        if (ids.Count > _capacity / 4)
        {
            return ids;
        }

        lock (_lock)
        {
            if (!_items.ContainsKey(key))
            {
                // Answers for an older state can never be asked for again once a newer one is: drop them first.
                foreach (var stale in _recent.Where(i => i.Key.Generation != generation || i.Key.Counter < counter).ToList())
                {
                    Remove(stale);
                }

                _items[key] = _recent.AddFirst(new Item(key, ids));
                _held += ids.Count;
                while (_held > _capacity && _recent.Last is { } last)
                {
                    Remove(last.Value);
                }
            }
        }

        return ids;
    }

    private void Remove(Item item)
    {
        if (_items.Remove(item.Key, out var node))
        {
            _recent.Remove(node);
            _held -= item.Ids.Count;
        }
    }

    private static string Key(TextQuery query) =>
        string.Join('&', query.Groups.Select(g => string.Join('|', g.Select(a => (a.Prefix ? "*" : "") + string.Join('+', a.Terms)))));

    private sealed record Item((int Generation, long Counter, string Query) Key, IReadOnlyCollection<long> Ids);
}
