using System.Globalization;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>Event dates and times in Italian, on the Europe/Rome clock.</summary>
public static class EventTimes
{
    public static CultureInfo Italian { get; } = CultureInfo.GetCultureInfo("it-IT");

    public static string Day(DateTime utc) => utc.ToRomeTime().ToString("dddd d MMMM yyyy", Italian);

    public static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", Italian);

    public static string Time(DateTime utc) => utc.ToRomeTime().ToString("HH:mm", Italian);

    public static string Describe(EventDocument document)
    {
        if (document.StartsAtUtc is not { } start)
        {
            return "Data da definire";
        }

        var end = document.EndsAtUtc;
        var startDay = DateOnly.FromDateTime(start.ToRomeTime());
        var endDay = end is null ? startDay : DateOnly.FromDateTime(end.Value.ToRomeTime());
        if (document.AllDay)
        {
            return endDay <= startDay ? $"{Day(startDay)}, tutto il giorno" : $"da {Day(startDay)} a {Day(endDay)}";
        }

        if (end is null)
        {
            return $"{Day(start)}, {Time(start)}";
        }

        return endDay == startDay
            ? $"{Day(start)}, {Time(start)}–{Time(end.Value)}"
            : $"da {Day(start)}, {Time(start)} a {Day(end.Value)}, {Time(end.Value)}";
    }
}
