using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Tests.Content;

public sealed class SyncPageFileTests
{
    [Fact]
    public void A_page_file_gives_its_header_fields_and_body()
    {
        var page = SyncPageFile.Parse("---\ntitle: Chi siamo\nslug: chi-siamo\nsummary: La rete: chi siamo.\nsortOrder: 10\n---\n<h2>La rete</h2>\n", "chi-siamo.html");

        Assert.Equal("chi-siamo", page.Slug);
        Assert.Equal("Chi siamo", page.Title);
        Assert.Equal("La rete: chi siamo.", page.Summary);
        Assert.Equal(10, page.SortOrder);
        Assert.Equal("<h2>La rete</h2>", page.BodyHtml);
    }

    [Theory]
    [InlineData("<h2>senza intestazione</h2>")]
    [InlineData("---\ntitle: Senza fine\nslug: x\n")]
    [InlineData("---\ntitle: Senza slug\n---\n<p>x</p>")]
    public void A_malformed_page_file_is_refused_with_a_clear_reason(string text)
    {
        var error = Assert.Throws<FormatException>(() => SyncPageFile.Parse(text, "rotto.html"));

        Assert.StartsWith("rotto.html:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_demo_page_parses_and_has_a_valid_unique_slug()
    {
        var folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../sync/content/pages"));
        var pages = Directory.GetFiles(folder, "*.html").Select(f => SyncPageFile.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();

        Assert.True(pages.Count >= 9);
        Assert.All(pages, p => Assert.True(ContentSlug.IsValid(p.Slug), p.Slug));
        Assert.Equal(pages.Count, pages.Select(p => p.Slug).Distinct().Count());
        Assert.All(pages, p => Assert.DoesNotContain("<script", p.BodyHtml, StringComparison.OrdinalIgnoreCase));
    }
}
