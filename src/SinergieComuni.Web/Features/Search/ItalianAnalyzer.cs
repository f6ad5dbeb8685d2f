using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// Turns Italian text into index terms, the same way for documents and queries on both databases:
/// lower case, accents folded (perché = perche), elided articles dropped (dell'infanzia → infanzia),
/// stop words removed, Snowball Italian stems. Folding comes before stemming so that "attività" and a
/// hurried "attivita" give the same term.
/// </summary>
public static class ItalianAnalyzer
{
    public const int MaxTermLength = 40;

    // Short, frequent words that carry no meaning for a service search (articles, prepositions, conjunctions, pronouns).
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "ad", "al", "alla", "alle", "agli", "ai", "allo", "anche", "c", "che", "chi", "ci", "come", "con", "cui",
        "d", "da", "dal", "dalla", "dalle", "dagli", "dai", "dallo", "de", "degli", "dei", "del", "della", "delle", "dello",
        "di", "dove", "e", "ed", "gli", "i", "il", "in", "l", "la", "le", "lo", "ma", "mi", "ne", "negli", "nei", "nel",
        "nella", "nelle", "nello", "o", "od", "per", "perche", "piu", "quale", "quali", "quando", "questo", "questa",
        "queste", "questi", "quello", "quella", "quelle", "quelli", "se", "si", "sono", "su", "sua", "sue", "sugli", "sui",
        "sul", "sulla", "sulle", "sullo", "suo", "suoi", "ti", "tra", "fra", "un", "una", "uno", "vi", "ha",
        "essere", "hanno", "non", "nostro", "nostra", "loro", "tutti", "tutto", "tutte", "tutta",
    };

    /// <summary>The index terms of a text, in order (duplicates kept, for phrase proximity).</summary>
    public static List<string> Terms(string? text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            if (!StopWords.Contains(word))
            {
                terms.Add(Stem(word));
            }
        }

        return terms;
    }

    /// <summary>The distinct words of a text that are not stop words, each with its term.</summary>
    public static IEnumerable<(string Word, string Term)> IndexWords(string? text) =>
        Words(text).Where(w => !StopWords.Contains(w)).Distinct(StringComparer.Ordinal).Select(w => (w, Stem(w)));

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    // Stems of words seen before: a vocabulary is a few tens of thousands of words, met again and again in a rebuild.
    private const int MaxCachedStems = 200_000;
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    /// <summary>The Snowball Italian stem of a folded word, remembered.</summary>
    public static string Stem(string word)
    {
        if (Stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        stem = ItalianStemmer.Stem(word);
        if (Stems.Count < MaxCachedStems)
        {
            Stems.TryAdd(word, stem);
        }

        return stem;
    }

    /// <summary>Lower-case, accent-folded words of a text, elisions removed; no stemming (for prefixes and suggestions).</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var folded = Fold(text);
        var word = new StringBuilder();
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (word.Length < MaxTermLength)
                {
                    word.Append(c);
                }

                continue;
            }

            // An apostrophe after a word ends it: "dell'infanzia" gives "dell" (a stop word, dropped) and "infanzia".
            if (word.Length > 0)
            {
                var w = word.ToString();
                word.Clear();
                if (!(IsApostrophe(c) && IsElided(w)))
                {
                    yield return w;
                }
            }
        }
    }

    /// <summary>Lower case without diacritics: "Perché Città" → "perche citta". Other characters are kept.</summary>
    public static string Fold(string text)
    {
        var decomposed = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    // Text from a query string can carry half of a surrogate pair, which Unicode normalisation refuses: treat it as a space.
    private static string WithoutLoneSurrogates(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(text[i - 1]));
            if (!paired)
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
                clean.Append(' ');
            }
            else
            {
                clean?.Append(c);
            }
        }

        return clean?.ToString() ?? text;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';

    // Words that lose their last vowel before an apostrophe (l', dell', un', quest'…): never meaningful on their own.
    private static bool IsElided(string word) => word.Length <= 6 && (StopWords.Contains(word) || word is "dell" or "dall" or "nell" or "sull" or "all" or "coll" or "quest" or "quell" or "tutt" or "sant" or "po");
}
