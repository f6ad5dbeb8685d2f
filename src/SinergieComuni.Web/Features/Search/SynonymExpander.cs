namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// Finds, in an analysed query, the phrases of the synonym groups and offers the other phrases of the same group
/// as alternatives: "doposcuola" also looks for "post scuola"; "badante" also for "assistenza domiciliare".
/// Phrases are compared as analysed terms, so plurals and accents match too.
/// </summary>
public sealed class SynonymExpander
{
    private readonly List<List<string[]>> _groups;

    public SynonymExpander(IEnumerable<IReadOnlyList<string>> groups)
    {
        _groups = [.. groups
            .Select(g => g.Select(p => ItalianAnalyzer.Terms(p).ToArray()).Where(t => t.Length > 0).Distinct(TermsComparer.Instance).ToList())
            .Where(g => g.Count > 1)];
    }

    /// <summary>One alternative: the query's terms from <see cref="Start"/> for <see cref="Length"/> terms may be replaced by any of <see cref="Alternatives"/>.</summary>
    public sealed record Match(int Start, int Length, IReadOnlyList<string[]> Alternatives);

    public IReadOnlyList<Match> Find(IReadOnlyList<string> queryTerms)
    {
        var matches = new List<Match>();
        foreach (var group in _groups)
        {
            foreach (var phrase in group)
            {
                for (var start = 0; start + phrase.Length <= queryTerms.Count; start++)
                {
                    if (phrase.Select((t, i) => queryTerms[start + i] == t).All(same => same))
                    {
                        matches.Add(new Match(start, phrase.Length, [.. group.Where(p => !ReferenceEquals(p, phrase))]));
                    }
                }
            }
        }

        return matches;
    }

    private sealed class TermsComparer : IEqualityComparer<string[]>
    {
        public static TermsComparer Instance { get; } = new();

        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}
