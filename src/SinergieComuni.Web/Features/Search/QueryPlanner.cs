using Microsoft.EntityFrameworkCore;
using SinergieComuni.Web.Data;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// Turns what a person typed into a <see cref="TextQuery"/>: Italian analysis, synonyms, corrections of words the index
/// does not know (trigram similarity) and, for the last word, prefixes ("asi" finds "asilo").
/// </summary>
public sealed class QueryPlanner(SinergieDbContext db, ISearchIndex index)
{
    /// <summary>Words beyond this many are ignored: a long paste must not turn into a huge query.</summary>
    public const int MaxWords = 12;

    private const int MaxCorrections = 3;
    private const int MaxPrefixTerms = 20;

    public async Task<PlannedQuery?> PlanAsync(string? text, int minimumPrefix, CancellationToken cancellationToken)
    {
        var allWords = ItalianAnalyzer.Words(text).ToList();
        var words = allWords.Where(w => !ItalianAnalyzer.IsStopWord(w)).Take(MaxWords).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var terms = words.Select(ItalianAnalyzer.Stem).ToList();
        // As-you-type: the last word is a beginning unless a space or punctuation follows it.
        var nonStopWords = allWords.Count(w => !ItalianAnalyzer.IsStopWord(w));
        var prefixIndex = char.IsLetterOrDigit(text![^1]) && !ItalianAnalyzer.IsStopWord(allWords[^1]) && nonStopWords <= MaxWords
            && words[^1].Length >= minimumPrefix
            ? words.Count - 1
            : -1;

        var known = (await db.SearchWords.AsNoTracking().Where(w => words.Contains(w.Word)).Select(w => w.Word).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        var groups = new List<IReadOnlyList<QueryAlternative>>();
        var highlightTerms = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var corrections = new List<(string Typed, string Meant)>();
        var spans = await SynonymSpansAsync(terms, cancellationToken);

        for (var i = 0; i < words.Count; i++)
        {
            var alternatives = new List<QueryAlternative>();
            if (spans.TryGetValue(i, out var span))
            {
                alternatives.Add(new QueryAlternative(terms.GetRange(i, span.Length)));
                alternatives.AddRange(span.Alternatives.Select(a => new QueryAlternative(a)));
                i += span.Length - 1;
            }
            else
            {
                var word = words[i];
                alternatives.Add(new QueryAlternative([terms[i]]));
                var prefixTerms = new List<string>();
                if (i == prefixIndex)
                {
                    alternatives.Add(new QueryAlternative([word], Prefix: true));
                    prefixes.Add(word);
                    prefixTerms = await PrefixTermsAsync(word, cancellationToken);
                    alternatives.AddRange(prefixTerms.Where(t => t != terms[i]).Select(t => new QueryAlternative([t])));
                }

                if (!known.Contains(word) && prefixTerms.Count == 0 && word.Length >= 4 && !word.All(char.IsAsciiDigit) && corrections.Count < MaxCorrections)
                {
                    var similar = await index.SimilarWordsAsync(word, 3, cancellationToken);
                    if (similar.Count > 0)
                    {
                        corrections.Add((word, similar[0].Word));
                    }

                    alternatives.AddRange(similar.Select(s => s.Term).Distinct().Where(t => t != terms[i]).Select(t => new QueryAlternative([t])));
                }
            }

            groups.Add(alternatives);
            foreach (var alternative in alternatives)
            {
                if (!alternative.Prefix)
                {
                    highlightTerms.UnionWith(alternative.Terms);
                }
            }
        }

        return new PlannedQuery(new TextQuery(groups), highlightTerms, prefixes, corrections);
    }

    private async Task<List<string>> PrefixTermsAsync(string prefix, CancellationToken cancellationToken)
    {
        var upper = prefix + char.MaxValue;
        return await db.SearchWords.AsNoTracking()
            .Where(w => string.Compare(w.Word, prefix) >= 0 && string.Compare(w.Word, upper) < 0)
            .Select(w => w.Term)
            .Distinct()
            .OrderBy(t => t)
            .Take(MaxPrefixTerms)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Non-overlapping synonym phrases of the query, longest first, by their first term's position.</summary>
    private async Task<Dictionary<int, SynonymExpander.Match>> SynonymSpansAsync(List<string> terms, CancellationToken cancellationToken)
    {
        var groups = await db.SynonymGroups.AsNoTracking().Select(g => g.Phrases).ToListAsync(cancellationToken);
        var expander = new SynonymExpander(groups.Select(p => new SynonymGroup { Phrases = p }.PhraseList));
        var spans = new Dictionary<int, SynonymExpander.Match>();
        var taken = new bool[terms.Count];
        foreach (var match in expander.Find(terms).OrderByDescending(m => m.Length).ThenBy(m => m.Start))
        {
            if (Enumerable.Range(match.Start, match.Length).Any(p => taken[p]))
            {
                continue;
            }

            for (var p = match.Start; p < match.Start + match.Length; p++)
            {
                taken[p] = true;
            }

            spans[match.Start] = match;
        }

        return spans;
    }
}

/// <summary>A query ready for the index, with what to highlight and the corrections made.</summary>
public sealed record PlannedQuery(
    TextQuery Query,
    IReadOnlySet<string> HighlightTerms,
    IReadOnlyList<string> HighlightPrefixes,
    IReadOnlyList<(string Typed, string Meant)> Corrections)
{
    /// <summary>The same query with every alternative in a single group: any word may match.</summary>
    public TextQuery AnyWord() => new([[.. Query.Groups.SelectMany(g => g)]]);
}
