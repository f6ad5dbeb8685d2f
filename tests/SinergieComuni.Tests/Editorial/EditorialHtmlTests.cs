using SinergieComuni.Web.Features.Editorial;

namespace SinergieComuni.Tests.Editorial;

/// <summary>The body of news and events: allowed formatting survives, scripts and dangerous attributes never do.</summary>
public sealed class EditorialHtmlTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)><circle/></svg>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("<p onclick=\"alert(1)\">x</p>")]
    [InlineData("<<script>alert(1)//<</script>")]
    [InlineData("<a href='//evil.example/x'>x</a>")]
    public void Dangerous_markup_never_reaches_the_page(string payload)
    {
        var output = EditorialHtml.Sanitise("<p>Prima</p>" + payload);

        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", output, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<p>Prima</p>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_formatting_and_safe_links_survive_and_text_is_encoded()
    {
        var output = EditorialHtml.Sanitise("<h2>Titolo</h2><p>Un <strong>testo</strong> con <em>enfasi</em> &amp; 3 &lt; 4</p><ul><li>uno</li></ul><a href=\"https://example.org/a?b=1&amp;c=2\" target=\"_blank\">sito</a> <a href=\"/servizi\">servizi</a> <a href=\"mailto:rete@example.org\">scrivi</a>");

        Assert.Equal("<h2>Titolo</h2><p>Un <strong>testo</strong> con <em>enfasi</em> &amp; 3 &lt; 4</p><ul><li>uno</li></ul><a href=\"https://example.org/a?b=1&amp;c=2\">sito</a> <a href=\"/servizi\">servizi</a> <a href=\"mailto:rete@example.org\">scrivi</a>", output);
    }

    [Fact]
    public void Unclosed_tags_are_closed_and_stray_closing_tags_dropped()
    {
        Assert.Equal("<p><strong>aperto</strong></p>", EditorialHtml.Sanitise("<p><strong>aperto"));
        Assert.Equal("testo", EditorialHtml.Sanitise("</div>testo</p>"));
    }
}
