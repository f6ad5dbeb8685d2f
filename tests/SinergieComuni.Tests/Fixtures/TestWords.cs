namespace SinergieComuni.Tests.Fixtures;

/// <summary>Words no text contains, for tests that count only their own cards.</summary>
public static class TestWords
{
    /// <summary>
    /// "zq" and ten random letters a–z. Two such words share almost no trigrams, so the typo tolerance never takes
    /// one for a misspelling of another test's word (hex letters a–f made that happen now and then).
    /// </summary>
    public static string Token() => "zq" + string.Create(10, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('a' + Random.Shared.Next(26));
        }
    });
}
