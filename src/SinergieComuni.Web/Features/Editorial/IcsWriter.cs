using System.Globalization;
using System.Text;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>
/// iCalendar (RFC 5545) text: CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character,
/// TEXT values escaped (backslash, semicolon, comma, new line). Times are written in UTC, all-day events as dates.
/// </summary>
public static class IcsWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    private const int MaxOctets = 75;

    public static string Write(string calendarName, IEnumerable<CalendarEvent> events)
    {
        var output = new StringBuilder();
        Line(output, "BEGIN:VCALENDAR");
        Line(output, "VERSION:2.0");
        Line(output, "PRODID:-//SinergieComuni//Eventi della rete//IT");
        Line(output, "CALSCALE:GREGORIAN");
        Line(output, "METHOD:PUBLISH");
        Line(output, "X-WR-CALNAME:" + Escape(calendarName));
        Line(output, "X-WR-TIMEZONE:Europe/Rome");
        foreach (var item in events)
        {
            Line(output, "BEGIN:VEVENT");
            Line(output, "UID:" + item.Uid);
            Line(output, "DTSTAMP:" + Utc(item.StampUtc));
            if (item.AllDay)
            {
                Line(output, "DTSTART;VALUE=DATE:" + Date(item.FirstDay));
                Line(output, "DTEND;VALUE=DATE:" + Date(item.LastDay.AddDays(1)));
            }
            else
            {
                Line(output, "DTSTART:" + Utc(item.StartUtc));
                if (item.EndUtc is { } end)
                {
                    Line(output, "DTEND:" + Utc(end));
                }
            }

            Line(output, "SUMMARY:" + Escape(item.Summary));
            if (!string.IsNullOrWhiteSpace(item.Description))
            {
                Line(output, "DESCRIPTION:" + Escape(item.Description));
            }

            if (!string.IsNullOrWhiteSpace(item.Location))
            {
                Line(output, "LOCATION:" + Escape(item.Location));
            }

            if (item.Latitude is { } lat && item.Longitude is { } lng)
            {
                Line(output, string.Create(CultureInfo.InvariantCulture, $"GEO:{lat:0.######};{lng:0.######}"));
            }

            Line(output, "URL:" + item.Url);
            Line(output, "END:VEVENT");
        }

        Line(output, "END:VCALENDAR");
        return output.ToString();
    }

    /// <summary>TEXT escaping of RFC 5545 §3.3.11.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Utc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Writes one content line, folded: each physical line has at most 75 octets, continuations start with a space.</summary>
    private static void Line(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        var index = 0;
        while (index < line.Length)
        {
            var width = char.IsSurrogatePair(line, index) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(index, width));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(line, index, width);
            octets += size;
            index += width;
        }

        output.Append("\r\n");
    }
}
