namespace SinergieComuni.Web.Features.Search;

/// <summary>
/// The Snowball Italian stemmer (Martin Porter), written from the algorithm's published description.
/// The output must match Snowball exactly, because the search index stores Snowball stems and
/// documents and queries are stemmed at different times: any divergence would make terms miss each other.
/// Input is one lower-case word; accents are kept, as Snowball expects (é/è, à... are part of the suffixes).
/// </summary>
public static class ItalianStemmer
{
    // Words up to this length are stemmed in a stack buffer, so the common case allocates only the result.
    private const int StackBufferLength = 64;

    // Step 0: pronouns attached to gerunds and infinitives ("mangiandolo", "parlarne").
    private static readonly string[] AttachedPronouns = LongestFirst(
        "ci", "gli", "la", "le", "li", "lo", "mi", "ne", "si", "ti", "vi",
        "sene", "gliela", "gliele", "glieli", "glielo", "gliene",
        "mela", "mele", "meli", "melo", "mene",
        "tela", "tele", "teli", "telo", "tene",
        "cela", "cele", "celi", "celo", "cene",
        "vela", "vele", "veli", "velo", "vene");

    // Step 1. The longest match is taken over all groups at once ("amente" must win over "mente"),
    // so one list holds every suffix and the rule is chosen afterwards from the matched suffix.
    private static readonly string[] StandardSuffixes = LongestFirst(
        "anza", "anze", "ico", "ici", "ica", "ice", "iche", "ichi", "ismo", "ismi",
        "abile", "abili", "ibile", "ibili", "ista", "iste", "isti", "istà", "istè", "istì",
        "oso", "osi", "osa", "ose", "mente", "atrice", "atrici", "ante", "anti",
        "azione", "azioni", "atore", "atori",
        "logia", "logie",
        "uzione", "uzioni", "usione", "usioni",
        "enza", "enze",
        "amento", "amenti", "imento", "imenti",
        "amente",
        "ità",
        "ivo", "ivi", "iva", "ive");

    // What may precede a removed "amente" and goes with it when in R2 ("iv" may itself follow "at").
    private static readonly string[] BeforeAmente = LongestFirst("iv", "os", "ic", "abil");

    // What may precede a removed "ità" and goes with it when in R2.
    private static readonly string[] BeforeIta = LongestFirst("abil", "ic", "iv");

    // Step 2, tried only when step 1 removed nothing.
    private static readonly string[] VerbSuffixes = LongestFirst(
        "ammo", "ando", "ano", "are", "arono", "asse", "assero", "assi", "assimo",
        "ata", "ate", "ati", "ato", "ava", "avamo", "avano", "avate", "avi", "avo",
        "emmo", "enda", "ende", "endi", "endo",
        "erà", "erai", "eranno", "ere", "erebbe", "erebbero", "erei", "eremmo", "eremo",
        "ereste", "eresti", "erete", "erò", "erono", "essero", "ete",
        "eva", "evamo", "evano", "evate", "evi", "evo",
        "iamo", "immo",
        "irà", "irai", "iranno", "ire", "irebbe", "irebbero", "irei", "iremmo", "iremo",
        "ireste", "iresti", "irete", "irò", "irono",
        "isca", "iscano", "isce", "isci", "isco", "iscono", "issero",
        "ita", "ite", "iti", "ito", "iva", "ivamo", "ivano", "ivate", "ivi", "ivo",
        "ono", "uta", "ute", "uti", "uto", "ar", "ir");

    /// <summary>The Snowball Italian stem of one lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
        {
            return word;
        }

        // Every step keeps or shortens the word (a pronoun of two or more letters becomes "e" at most,
        // "enza" becomes "ente"), so a buffer of the input's length is always enough.
        var buffer = word.Length <= StackBufferLength ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);

        Prelude(buffer);
        var (rv, r1, r2) = MarkRegions(buffer);

        var length = AttachedPronoun(buffer, buffer.Length, rv);
        var afterStandard = StandardSuffix(buffer, length, rv, r1, r2);
        length = afterStandard >= 0 ? afterStandard : VerbSuffix(buffer, length, rv);
        length = VowelSuffix(buffer, length, rv);

        var stem = buffer[..length];
        Postlude(stem);

        // Many words (short ones, already bare stems) come out unchanged: hand back the caller's string.
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    private static string[] LongestFirst(params string[] suffixes) =>
        [.. suffixes.OrderByDescending(s => s.Length)];

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'à' or 'è' or 'ì' or 'ò' or 'ù';

    // Acute accents become grave so that one spelling of each suffix suffices; "qu" and a u or i between
    // vowels are marked upper case so that they count as consonants when regions are measured.
    private static void Prelude(Span<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            switch (s[i])
            {
                case 'á': s[i] = 'à'; break;
                case 'é': s[i] = 'è'; break;
                case 'í': s[i] = 'ì'; break;
                case 'ó': s[i] = 'ò'; break;
                case 'ú': s[i] = 'ù'; break;
                case 'q' when i + 1 < s.Length && s[i + 1] == 'u':
                    s[i + 1] = 'U';
                    i++;
                    break;
                default:
                    break;
            }
        }

        // Left to right on the already-marked text: once marked, the letter is no vowel for the next position.
        for (var i = 0; i + 2 < s.Length; i++)
        {
            if (IsVowel(s[i]) && IsVowel(s[i + 2]))
            {
                if (s[i + 1] == 'u')
                {
                    s[i + 1] = 'U';
                }
                else if (s[i + 1] == 'i')
                {
                    s[i + 1] = 'I';
                }
            }
        }
    }

    // Positions where RV, R1 and R2 start; the word's length when a region is empty.
    private static (int Rv, int R1, int R2) MarkRegions(ReadOnlySpan<char> s)
    {
        var n = s.Length;
        var rv = n;
        if (n >= 2)
        {
            if (s.StartsWith("divan", StringComparison.Ordinal))
            {
                // Snowball's one exception: otherwise "divano" stems to "div" and collides with "diva".
                rv = 5;
            }
            else if (!IsVowel(s[1]))
            {
                // Second letter a consonant: RV starts after the next vowel.
                rv = AfterNext(s, 2, vowel: true);
            }
            else if (IsVowel(s[0]))
            {
                // Two leading vowels: RV starts after the next consonant.
                rv = AfterNext(s, 2, vowel: false);
            }
            else
            {
                // Consonant then vowel: RV starts after the third letter.
                rv = Math.Min(3, n);
            }
        }

        var r1 = AfterNext(s, AfterNext(s, 0, vowel: true), vowel: false);
        var r2 = AfterNext(s, AfterNext(s, r1, vowel: true), vowel: false);
        return (rv, r1, r2);
    }

    // The position just past the first vowel (or non-vowel) at or after start; the length if there is none.
    private static int AfterNext(ReadOnlySpan<char> s, int start, bool vowel)
    {
        for (var i = start; i < s.Length; i++)
        {
            if (IsVowel(s[i]) == vowel)
            {
                return i + 1;
            }
        }

        return s.Length;
    }

    // The longest suffix of the word in the list that starts at or after limit, or null.
    private static string? LongestSuffix(ReadOnlySpan<char> word, int limit, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (word.Length - suffix.Length >= limit && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix;
            }
        }

        return null;
    }

    // Removes "at" or "ic" (the caller says which) when it ends the word and lies in R2.
    private static bool TryRemove(ReadOnlySpan<char> s, ref int length, string suffix, int region)
    {
        var start = length - suffix.Length;
        if (start >= region && s[..length].EndsWith(suffix, StringComparison.Ordinal))
        {
            length = start;
            return true;
        }

        return false;
    }

    // Step 0. Only the longest pronoun is considered; it goes, or becomes "e" after an infinitive stem,
    // when the gerund or infinitive ending before it lies in RV.
    private static int AttachedPronoun(Span<char> s, int length, int rv)
    {
        var pronoun = LongestSuffix(s[..length], 0, AttachedPronouns);
        if (pronoun is null)
        {
            return length;
        }

        var start = length - pronoun.Length;
        var before = s[..start];
        if ((before.EndsWith("ando", StringComparison.Ordinal) || before.EndsWith("endo", StringComparison.Ordinal)) && start - 4 >= rv)
        {
            return start;
        }

        if ((before.EndsWith("ar", StringComparison.Ordinal) || before.EndsWith("er", StringComparison.Ordinal) || before.EndsWith("ir", StringComparison.Ordinal)) && start - 2 >= rv)
        {
            s[start] = 'e';
            return start + 1;
        }

        return length;
    }

    // Step 1. Returns the new length, or -1 when no suffix was removed (a matched suffix outside its
    // region counts as nothing removed: Snowball then moves on to the verb suffixes).
    private static int StandardSuffix(Span<char> s, int length, int rv, int r1, int r2)
    {
        var suffix = LongestSuffix(s[..length], 0, StandardSuffixes);
        if (suffix is null)
        {
            return -1;
        }

        var start = length - suffix.Length;
        switch (suffix)
        {
            case "azione" or "azioni" or "atore" or "atori":
                if (start < r2)
                {
                    return -1;
                }

                length = start;
                TryRemove(s, ref length, "ic", r2);
                return length;

            case "logia" or "logie":
                return start < r2 ? -1 : Replace(s, start, "log");

            case "uzione" or "uzioni" or "usione" or "usioni":
                return start < r2 ? -1 : Replace(s, start, "u");

            case "enza" or "enze":
                return start < r2 ? -1 : Replace(s, start, "ente");

            case "amento" or "amenti" or "imento" or "imenti":
                return start < rv ? -1 : start;

            case "amente":
                if (start < r1)
                {
                    return -1;
                }

                length = start;
                var beforeAmente = LongestSuffix(s[..length], 0, BeforeAmente);
                if (beforeAmente is not null && length - beforeAmente.Length >= r2)
                {
                    length -= beforeAmente.Length;
                    if (beforeAmente == "iv")
                    {
                        TryRemove(s, ref length, "at", r2);
                    }
                }

                return length;

            case "ità":
                if (start < r2)
                {
                    return -1;
                }

                length = start;
                var beforeIta = LongestSuffix(s[..length], 0, BeforeIta);
                if (beforeIta is not null && length - beforeIta.Length >= r2)
                {
                    length -= beforeIta.Length;
                }

                return length;

            case "ivo" or "ivi" or "iva" or "ive":
                if (start < r2)
                {
                    return -1;
                }

                length = start;
                if (TryRemove(s, ref length, "at", r2))
                {
                    TryRemove(s, ref length, "ic", r2);
                }

                return length;

            default:
                return start < r2 ? -1 : start;
        }
    }

    private static int Replace(Span<char> s, int start, string replacement)
    {
        replacement.AsSpan().CopyTo(s[start..]);
        return start + replacement.Length;
    }

    // Step 2. The suffix must lie wholly in RV; the longest one that does is removed.
    private static int VerbSuffix(ReadOnlySpan<char> s, int length, int rv)
    {
        var suffix = LongestSuffix(s[..length], rv, VerbSuffixes);
        return suffix is null ? length : length - suffix.Length;
    }

    // Step 3: a final vowel in RV, then an "i" before it in RV; then "ch"/"gh" in RV lose the "h".
    private static int VowelSuffix(ReadOnlySpan<char> s, int length, int rv)
    {
        if (length > 0 && length - 1 >= rv && s[length - 1] is 'a' or 'e' or 'i' or 'o' or 'à' or 'è' or 'ì' or 'ò')
        {
            length--;
            if (length > 0 && length - 1 >= rv && s[length - 1] == 'i')
            {
                length--;
            }
        }

        if (length >= 2 && length - 2 >= rv && s[length - 1] == 'h' && s[length - 2] is 'c' or 'g')
        {
            length--;
        }

        return length;
    }

    private static void Postlude(Span<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == 'I')
            {
                s[i] = 'i';
            }
            else if (s[i] == 'U')
            {
                s[i] = 'u';
            }
        }
    }
}
