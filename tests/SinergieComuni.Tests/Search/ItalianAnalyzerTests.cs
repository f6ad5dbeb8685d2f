using SinergieComuni.Web.Features.Search;

namespace SinergieComuni.Tests.Search;

public sealed class ItalianAnalyzerTests
{
    [Theory]
    [InlineData("Perché", "perche")]
    [InlineData("CITTÀ", "citta")]
    [InlineData("Attività per l'Età evolutiva", "attivita per l'eta evolutiva")]
    public void Folding_removes_case_and_accents(string text, string folded) => Assert.Equal(folded, ItalianAnalyzer.Fold(text));

    [Theory]
    [InlineData("perché", "perche")]
    [InlineData("Attività", "attivita")]
    [InlineData("ASILO NIDO", "asilo nido")]
    [InlineData("caffè", "caffe")]
    public void Accented_and_plain_spellings_give_the_same_terms(string accented, string plain) =>
        Assert.Equal(ItalianAnalyzer.Terms(plain), ItalianAnalyzer.Terms(accented));

    [Theory]
    [InlineData("dell'infanzia", "infanzia")]
    [InlineData("dell’infanzia", "infanzia")]
    [InlineData("l'asilo", "asilo")]
    [InlineData("un'attività", "attivita")]
    [InlineData("all'aperto", "aperto")]
    public void Elided_articles_and_prepositions_are_dropped(string elided, string word) =>
        Assert.Equal(ItalianAnalyzer.Terms(word), ItalianAnalyzer.Terms(elided));

    [Fact]
    public void Stop_words_are_dropped_and_the_rest_is_stemmed()
    {
        var terms = ItalianAnalyzer.Terms("Il servizio di assistenza domiciliare per gli anziani");

        Assert.Equal([ItalianStemmer.Stem("servizio"), ItalianStemmer.Stem("assistenza"), ItalianStemmer.Stem("domiciliare"), ItalianStemmer.Stem("anziani")], terms);
    }

    [Fact]
    public void Singular_and_plural_meet_in_the_same_stem()
    {
        Assert.Equal(ItalianAnalyzer.Terms("centro estivo"), ItalianAnalyzer.Terms("centri estivi"));
    }

    [Fact]
    public void Numbers_are_kept_and_punctuation_separates_words()
    {
        Assert.Equal(["0", "3", ItalianStemmer.Stem("anni")], ItalianAnalyzer.Terms("0-3 anni"));
        Assert.Equal(ItalianAnalyzer.Terms("pre scuola"), ItalianAnalyzer.Terms("pre-scuola"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\" * ( - ) : ^ ' ’")]
    [InlineData("il la di")]
    public void Empty_punctuation_and_stop_word_only_texts_give_no_terms(string? text) => Assert.Empty(ItalianAnalyzer.Terms(text));

    [Fact]
    public void Full_text_operators_become_plain_words()
    {
        Assert.Equal(["near", ItalianStemmer.Stem("nido")], ItalianAnalyzer.Terms("NEAR(\"nido\"*)"));
        Assert.Equal(["or", ItalianStemmer.Stem("asilo")], ItalianAnalyzer.Terms("-OR asilo"));
    }

    [Fact]
    public void Broken_UTF16_and_very_long_words_never_throw()
    {
        var broken = "nido\uD800 asilo \uDC00scuola";
        var longWord = new string('a', 5000);

        var terms = ItalianAnalyzer.Terms(broken + " " + longWord);

        Assert.Contains(ItalianStemmer.Stem("nido"), terms);
        Assert.Contains(ItalianStemmer.Stem("scuola"), terms);
        Assert.All(terms, t => Assert.True(t.Length <= ItalianAnalyzer.MaxTermLength));
    }
}
