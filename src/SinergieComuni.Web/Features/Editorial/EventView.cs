namespace SinergieComuni.Web.Features.Editorial;

/// <summary>An event as the public page and the preview show it.</summary>
public sealed record EventView(EventDocument Document, bool IsPast, string? Location, string? MunicipalityLabel, string? RegistrationUrl, string? CalendarUrl, string? MapSettings);
