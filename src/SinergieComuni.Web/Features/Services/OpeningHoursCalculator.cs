using System.Globalization;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Services;

/// <summary>Answers "is it open, until when, from when" for <see cref="OpeningHours"/>, which are Europe/Rome wall-clock times.</summary>
public static class OpeningHoursCalculator
{
    private const int LookAheadDays = 14;

    private static readonly string[] WeekdayNames =
        ["domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"];

    /// <summary>The Italian name of a weekday, in lower case ("lunedì").</summary>
    public static string DayName(DayOfWeek day) => WeekdayNames[(int)day];

    public static bool IsOpenAt(OpeningHours hours, DateTimeOffset instant)
    {
        var (date, time) = ToRome(instant);
        return IntervalsOn(hours, date).Any(i => i.Opens <= time && time < i.Closes);
    }

    /// <summary>The next opening within <see cref="LookAheadDays"/> days, in UTC; null when open now or nothing is found.</summary>
    public static DateTimeOffset? NextOpening(OpeningHours hours, DateTimeOffset instant)
    {
        if (IsOpenAt(hours, instant))
        {
            return null;
        }

        var today = ToRome(instant).Date;
        for (var day = 0; day <= LookAheadDays; day++)
        {
            var date = today.AddDays(day);
            foreach (var (opens, closes) in IntervalsOn(hours, date))
            {
                var opening = ToInstant(date, opens);
                // A slot lying wholly inside the spring-forward gap never actually opens.
                if (opening > instant && ToInstant(date, closes) > opening)
                {
                    return opening;
                }
            }
        }

        return null;
    }

    /// <summary>When the current opening ends, in UTC; null when closed. Overlapping or back-to-back slots count as one opening.</summary>
    public static DateTimeOffset? NextClosing(OpeningHours hours, DateTimeOffset instant)
    {
        var (date, time) = ToRome(instant);
        TimeOnly? end = null;
        foreach (var (opens, closes) in IntervalsOn(hours, date))
        {
            if (end is null)
            {
                end = opens <= time && time < closes ? closes : null;
            }
            else if (opens <= end && closes > end)
            {
                end = closes;
            }
        }

        return end is { } closing ? ToInstant(date, closing) : null;
    }

    public static string Describe(OpeningHours hours, DateTimeOffset instant)
    {
        if (hours.Slots.Count == 0)
        {
            return "Orari non indicati";
        }

        if (NextClosing(hours, instant) is { } closing)
        {
            return $"Aperto ora, chiude alle {FormatTime(closing)}";
        }

        if (NextOpening(hours, instant) is not { } opening)
        {
            return "Chiuso ora";
        }

        var openingDate = ToRome(opening).Date;
        var weekday = WeekdayNames[(int)openingDate.DayOfWeek];
        var when = (openingDate.DayNumber - ToRome(instant).Date.DayNumber) switch
        {
            0 => "oggi",
            1 => "domani",
            < 7 => weekday,
            // A bare weekday a week or more away would read as the coming one.
            _ => $"{weekday} {openingDate.Day.ToString(CultureInfo.InvariantCulture)}",
        };
        return $"Chiuso ora, apre {when} alle {FormatTime(opening)}";
    }

    /// <summary>The intervals open on a local date, sorted by opening time.</summary>
    private static IEnumerable<(TimeOnly Opens, TimeOnly Closes)> IntervalsOn(OpeningHours hours, DateOnly date)
    {
        // A missing bound compares as false, which is what "unbounded" needs.
        if (date < hours.ValidFrom || date > hours.ValidTo)
        {
            return [];
        }

        var exception = hours.Exceptions.Find(e => e.Date == date);
        if (exception is not null)
        {
            return exception is { Closed: false, Opens: { } opens, Closes: { } closes } && closes > opens
                ? [(opens, closes)]
                : [];
        }

        return hours.Slots
            .Where(s => s.Day == date.DayOfWeek && s.Closes > s.Opens)
            .Select(s => (s.Opens, s.Closes))
            .OrderBy(s => s.Opens);
    }

    private static (DateOnly Date, TimeOnly Time) ToRome(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, RomeTime.Zone).DateTime;
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    private static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        // Times skipped by spring-forward don't exist: the opening happens as soon as the clock resumes.
        while (RomeTime.Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        // Times repeated by fall-back: the larger offset is the first (summer-time) pass.
        var offset = RomeTime.Zone.IsAmbiguousTime(local)
            ? RomeTime.Zone.GetAmbiguousTimeOffsets(local).Max()
            : RomeTime.Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static string FormatTime(DateTimeOffset instant) =>
        ToRome(instant).Time.ToString("H:mm", CultureInfo.InvariantCulture);
}
