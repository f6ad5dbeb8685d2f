namespace SinergieComuni.Web.Features.Editorial;

/// <summary>What one VEVENT says. Timed events carry UTC instants; all-day events carry their first and last day.</summary>
public sealed record CalendarEvent(
    string Uid,
    DateTime StampUtc,
    DateTime StartUtc,
    DateTime? EndUtc,
    bool AllDay,
    DateOnly FirstDay,
    DateOnly LastDay,
    string Summary,
    string? Description,
    string? Location,
    double? Latitude,
    double? Longitude,
    string Url);
