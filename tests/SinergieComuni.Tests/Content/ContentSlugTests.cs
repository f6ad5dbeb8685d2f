using SinergieComuni.Web.Features.Content;

namespace SinergieComuni.Tests.Content;

public sealed class ContentSlugTests
{
    [Theory]
    [InlineData("chi-siamo", true)]
    [InlineData("il-progetto-2026", true)]
    [InlineData("Chi-Siamo", false)]
    [InlineData("-chi", false)]
    [InlineData("chi--siamo", false)]
    [InlineData("perché", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Slugs_are_lower_case_words_joined_by_single_hyphens(string? slug, bool valid) =>
        Assert.Equal(valid, ContentSlug.IsValid(slug));

    [Fact]
    public void An_overlong_slug_is_not_valid() => Assert.False(ContentSlug.IsValid(new string('a', ContentSlug.MaxLength + 1)));
}
