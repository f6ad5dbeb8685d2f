using SinergieComuni.Web.Features.Content.Blocks;

namespace SinergieComuni.Tests.Content.Blocks;

public sealed class RichTextSanitizerTests
{
    private static readonly RichTextSanitizer Sanitizer = new();

    public static TheoryData<string> Payloads => [.. XssPayloads.All];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_cross_site_scripting_payload_comes_out_harmless(string payload)
    {
        var clean = Sanitizer.Sanitise("<p>prima</p>" + payload + "<p>dopo</p>");

        foreach (var forbidden in XssPayloads.Forbidden)
        {
            Assert.DoesNotContain(forbidden, clean, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<p>prima</p>", clean, StringComparison.Ordinal);
        Assert.Contains("<p>dopo</p>", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_emphasis_links_lists_and_quotes_survive_and_external_links_get_noopener()
    {
        var clean = Sanitizer.Sanitise(XssPayloads.Allowed);

        foreach (var kept in new[] { "<h2>Sezione</h2>", "<h3>Sottosezione</h3>", "<strong>forte</strong>", "<em>enfasi</em>", "<ul><li>primo</li><li>secondo</li></ul>", "<ol><li>uno</li></ol>", "<blockquote>citazione</blockquote>", "<a href=\"/servizi\">uno interno</a>", "<a href=\"mailto:info@esempio.it\">scrivici</a>" })
        {
            Assert.Contains(kept, clean, StringComparison.Ordinal);
        }

        Assert.Contains("<a href=\"https://www.esempio.it/pagina\" rel=\"noopener noreferrer\">un link esterno</a>", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Classes_outside_the_allowed_layout_classes_and_unknown_attributes_are_dropped()
    {
        var clean = Sanitizer.Sanitise("<div class=\"card position-fixed top-0\" data-x=\"1\" id=\"sezione\"><p class=\"lead\" aria-hidden=\"true\">x</p></div>");

        Assert.Equal("<div class=\"card\" id=\"sezione\"><p class=\"lead\">x</p></div>", clean);
    }

    [Theory]
    [InlineData("/chi-siamo", true)]
    [InlineData("https://www.esempio.it", true)]
    [InlineData("mailto:info@esempio.it", true)]
    [InlineData("tel:+390212345", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("//evil.example", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("ftp://x.it", false)]
    public void Call_to_action_links_take_only_site_paths_and_web_mail_or_phone_addresses(string url, bool allowed) =>
        Assert.Equal(allowed, SafeLink.IsAllowed(url));
}
