using System.Globalization;
using System.Text.RegularExpressions;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>A month of the events calendar as weeks from Monday to Sunday, each day with the events on it.</summary>
public sealed partial class EventMonth
{
    private EventMonth(int year, int month, IReadOnlyList<IReadOnlyList<CalendarDay>> weeks)
    {
        Year = year;
        Month = month;
        Weeks = weeks;
    }

    public int Year { get; }

    public int Month { get; }

    public IReadOnlyList<IReadOnlyList<CalendarDay>> Weeks { get; }

    public string Key => Format(Year, Month);

    public string Previous => Month == 1 ? Format(Year - 1, 12) : Format(Year, Month - 1);

    public string Next => Month == 12 ? Format(Year + 1, 1) : Format(Year, Month + 1);

    /// <summary>"dicembre 2026".</summary>
    public string Label => new DateOnly(Year, Month, 1).ToString("MMMM yyyy", EventTimes.Italian);

    public static string LabelOf(string key) => TryParse(key, out var year, out var month)
        ? new DateOnly(year, month, 1).ToString("MMMM yyyy", EventTimes.Italian)
        : key;

    public static string[] DayNames { get; } = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"];

    public static string Format(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}");

    /// <summary>"2026-12" → year and month; years 1900–2199 only.</summary>
    public static bool TryParse(string? value, out int year, out int month)
    {
        year = month = 0;
        var match = value is null ? Match.Empty : MonthKey().Match(value);
        if (!match.Success)
        {
            return false;
        }

        year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        return year is >= 1900 and < 2200 && month is >= 1 and <= 12;
    }

    public static EventMonth Build(int year, int month, IEnumerable<EventItem> events)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var start = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var end = last.AddDays(6 - (((int)last.DayOfWeek + 6) % 7));
        var byDay = new Dictionary<DateOnly, List<EventItem>>();
        foreach (var item in events)
        {
            // A long event is shown on each of its days, within the grid.
            var from = item.FirstDay < start ? start : item.FirstDay;
            var to = item.LastDay > end ? end : item.LastDay;
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                if (!byDay.TryGetValue(day, out var list))
                {
                    byDay[day] = list = [];
                }

                list.Add(item);
            }
        }

        var weeks = new List<IReadOnlyList<CalendarDay>>();
        for (var monday = start; monday <= end; monday = monday.AddDays(7))
        {
            weeks.Add([.. Enumerable.Range(0, 7).Select(i => monday.AddDays(i))
                .Select(d => new CalendarDay(d, d.Month == month, byDay.TryGetValue(d, out var list) ? list : []))]);
        }

        return new EventMonth(year, month, weeks);
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})$")]
    private static partial Regex MonthKey();
}
