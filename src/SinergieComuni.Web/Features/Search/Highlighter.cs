using System.Net;
using System.Text;

namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// Marks the words of a text that match a query (same analysis as the index) and cuts a snippet around the best
/// cluster of them. Output is HTML-encoded text with &lt;mark&gt; around the matches.
/// </summary>
public sealed class Highlighter(IReadOnlySet<string> terms, IReadOnlyList<string> prefixes)
{
    private const int SnippetWords = 32;

    public static Highlighter None { get; } = new(new HashSet<string>(), []);

    /// <summary>The whole text, encoded, with matches marked.</summary>
    public string Mark(string text) => Read(text).Whole();

    /// <summary>The text split into words and the rest once, for asking several of these questions.</summary>
    public Marked Read(string text)
    {
        var tokens = new List<Token>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || !char.IsLetterOrDigit(text[i]);
            if (!boundary)
            {
                continue;
            }

            if (i > start)
            {
                tokens.Add(new Token(start, i - start, true, IsMatch(text.AsSpan(start, i - start))));
            }

            if (i < text.Length)
            {
                tokens.Add(new Token(i, 1, false, false));
            }

            start = i + 1;
        }

        return new Marked(text, tokens);
    }

    private bool IsMatch(ReadOnlySpan<char> word)
    {
        if (terms.Count == 0 && prefixes.Count == 0)
        {
            return false;
        }

        var folded = ItalianAnalyzer.Fold(word.ToString());
        if (ItalianAnalyzer.IsStopWord(folded))
        {
            return false;
        }

        foreach (var prefix in prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // Stemming is the costly part: only words that begin like some term can stem to it.
        foreach (var term in terms)
        {
            if (folded.Length > 0 && term.Length > 0 && folded[0] == term[0])
            {
                return terms.Contains(ItalianAnalyzer.Stem(folded));
            }
        }

        return false;
    }

    internal readonly record struct Token(int Start, int Length, bool IsWord, bool Match);

    /// <summary>A text read by a <see cref="Highlighter"/>.</summary>
    public sealed class Marked
    {
        private readonly string _text;
        private readonly List<Token> _tokens;

        internal Marked(string text, List<Token> tokens)
        {
            _text = text;
            _tokens = tokens;
            Any = tokens.Exists(t => t.Match);
        }

        public bool Any { get; }

        public string Whole() => Render(0, _tokens.Count);

        /// <summary>About <see cref="SnippetWords"/> words around the densest cluster of matches; the start of the text when nothing matches.</summary>
        public string Snippet()
        {
            var tokens = _tokens;
            var words = new List<int>();
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsWord)
                {
                    words.Add(i);
                }
            }

            if (words.Count == 0)
            {
                return "";
            }

            var bestStart = 0;
            var bestCount = -1;
            for (var w = 0; w < words.Count; w++)
            {
                if (!tokens[words[w]].Match)
                {
                    continue;
                }

                var count = 0;
                for (var k = w; k < Math.Min(words.Count, w + SnippetWords); k++)
                {
                    count += tokens[words[k]].Match ? 1 : 0;
                }

                if (count > bestCount)
                {
                    bestCount = count;
                    bestStart = Math.Max(0, w - 4);
                }
            }

            var endWord = Math.Min(words.Count, bestStart + SnippetWords);
            var from = bestStart == 0 ? 0 : words[bestStart];
            var to = endWord >= words.Count ? tokens.Count : words[endWord];
            var html = Render(from, to).Trim();
            return (from > 0 ? "… " : "") + html + (to < tokens.Count ? " …" : "");
        }

        private string Render(int from, int to)
        {
            var html = new StringBuilder();
            for (var i = from; i < to; i++)
            {
                var token = _tokens[i];
                var encoded = WebUtility.HtmlEncode(_text.Substring(token.Start, token.Length));
                html.Append(token.Match ? $"<mark>{encoded}</mark>" : encoded);
            }

            return html.ToString();
        }
    }
}
