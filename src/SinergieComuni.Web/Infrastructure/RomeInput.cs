namespace SinergieComuni.Web.Infrastructure;

/// <summary>Date and time typed by a person (Europe/Rome wall clock) to UTC, refusing times that do not exist.</summary>
public static class RomeInput
{
    public static DateTime? ToUtc(DateTime? local, out string? error)
    {
        error = null;
        if (local is null)
        {
            return null;
        }

        var wallClock = DateTime.SpecifyKind(local.Value, DateTimeKind.Unspecified);
        if (RomeTime.Zone.IsInvalidTime(wallClock))
        {
            error = $"L'ora {wallClock:HH:mm} del {wallClock:dd/MM/yyyy} non esiste (cambio dell'ora legale): scegli un altro orario.";
            return null;
        }

        return TimeZoneInfo.ConvertTimeToUtc(wallClock, RomeTime.Zone);
    }

    public static DateTime? ToLocal(DateTime? utc) => utc?.ToRomeTime();
}
