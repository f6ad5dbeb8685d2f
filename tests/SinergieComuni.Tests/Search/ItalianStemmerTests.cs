using System.Text;
using SinergieComuni.Web.Features.Search;

namespace SinergieComuni.Tests.Search;

public sealed class ItalianStemmerTests
{
    private const int ReportedMismatches = 20;

    // The Snowball project's own Italian vocabulary and expected stems, kept beside the repository checkout.
    private static readonly string SampleFolder =
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/snowball-italian"));

    [Fact]
    public void Every_word_of_the_Snowball_vocabulary_gets_the_Snowball_stem()
    {
        var words = File.ReadAllLines(Path.Combine(SampleFolder, "voc.txt"), Encoding.UTF8);
        var expected = File.ReadAllLines(Path.Combine(SampleFolder, "output.txt"), Encoding.UTF8);

        Assert.Equal(35_495, words.Length);
        Assert.Equal(words.Length, expected.Length);

        var mismatches = 0;
        var report = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = ItalianStemmer.Stem(words[i]);
            if (actual != expected[i])
            {
                mismatches++;
                if (mismatches <= ReportedMismatches)
                {
                    report.AppendLine($"  {words[i]}: expected {expected[i]}, got {actual}");
                }
            }
        }

        Assert.True(mismatches == 0, $"{mismatches} of {words.Length} words stemmed differently; the first ones:{Environment.NewLine}{report}");
    }

    // Expected stems taken from the Snowball output.txt.
    [Theory]
    [InlineData("abbandonata", "abbandon")]
    [InlineData("infanzia", "infanz")]
    [InlineData("assistenza", "assistent")]
    [InlineData("attività", "attiv")]
    [InlineData("servizio", "serviz")]
    [InlineData("anziani", "anzian")]
    [InlineData("famiglie", "famigl")]
    [InlineData("educazione", "educ")]
    [InlineData("conciliare", "concil")]
    [InlineData("domicilio", "domicil")]
    [InlineData("naturalmente", "natural")]
    [InlineData("parlarne", "parl")]
    [InlineData("cerchi", "cerc")]
    public void Stems_words_as_Snowball_does(string word, string stem) => Assert.Equal(stem, ItalianStemmer.Stem(word));

    [Fact]
    public void Returns_an_empty_word_unchanged() => Assert.Equal(string.Empty, ItalianStemmer.Stem(string.Empty));
}
