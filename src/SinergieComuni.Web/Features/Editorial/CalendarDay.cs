namespace SinergieComuni.Web.Features.Editorial;

/// <summary>One cell of the month grid.</summary>
public sealed record CalendarDay(DateOnly Date, bool InMonth, IReadOnlyList<EventItem> Events)
{
    /// <summary>"sabato 12 dicembre 2026".</summary>
    public string Label => EventTimes.Day(Date);
}
