namespace SinergieComuni.Web.Infrastructure;

/// <summary>Time shown to people is Europe/Rome; stored time is UTC.</summary>
public static class RomeTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static DateTime ToRomeTime(this DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
