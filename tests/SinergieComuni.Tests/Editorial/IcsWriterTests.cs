using System.Text;
using SinergieComuni.Web.Features.Editorial;

namespace SinergieComuni.Tests.Editorial;

/// <summary>RFC 5545 text: escaping, CRLF, folding at 75 octets without splitting a character.</summary>
public sealed class IcsWriterTests
{
    private static CalendarEvent Sample(string summary, string? description = null) => new(
        "uid-1@sinergie.test", new DateTime(2030, 1, 1, 12, 0, 0, DateTimeKind.Utc), new DateTime(2030, 1, 2, 9, 0, 0, DateTimeKind.Utc),
        new DateTime(2030, 1, 2, 11, 0, 0, DateTimeKind.Utc), false, new DateOnly(2030, 1, 2), new DateOnly(2030, 1, 2),
        summary, description, null, null, null, "https://sinergie.test/eventi/prova");

    [Theory]
    [InlineData("a,b", "a\\,b")]
    [InlineData("a;b", "a\\;b")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("riga 1\nriga 2", "riga 1\\nriga 2")]
    [InlineData("riga 1\r\nriga 2", "riga 1\\nriga 2")]
    public void Text_values_are_escaped(string text, string escaped) => Assert.Equal(escaped, IcsWriter.Escape(text));

    [Fact]
    public void Long_lines_with_accents_and_emoji_fold_at_75_octets_and_unfold_to_the_original()
    {
        var description = string.Concat(Enumerable.Repeat("àèìòù perché così 🎉 ", 20));

        var text = IcsWriter.Write("Prova", [Sample("Titolo", description)]);

        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var physical = text.Split("\r\n")[..^1];
        Assert.All(physical, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
        Assert.All(physical, line => Assert.DoesNotContain('\uFFFD', line));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        Assert.Contains("DESCRIPTION:" + IcsWriter.Escape(description), unfolded);
    }

    [Fact]
    public void A_calendar_has_its_envelope_and_times_in_utc()
    {
        var lines = IcsWriter.Write("Prova", [Sample("Titolo")]).Split("\r\n");

        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains("DTSTAMP:20300101T120000Z", lines);
        Assert.Contains("DTSTART:20300102T090000Z", lines);
        Assert.Contains("DTEND:20300102T110000Z", lines);
        Assert.Equal("END:VCALENDAR", lines[^2]);
        Assert.Equal("", lines[^1]);
    }
}
