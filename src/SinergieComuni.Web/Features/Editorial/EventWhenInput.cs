using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>An event's dates and times as an editor types them, on the Europe/Rome clock.</summary>
public sealed class EventWhenInput
{
    public DateOnly? StartDate { get; set; }

    public TimeOnly? StartTime { get; set; }

    public DateOnly? EndDate { get; set; }

    public TimeOnly? EndTime { get; set; }

    public static EventWhenInput From(EventDocument document)
    {
        var start = document.StartsAtUtc?.ToRomeTime();
        var end = document.EndsAtUtc?.ToRomeTime();
        return new EventWhenInput
        {
            StartDate = start is null ? null : DateOnly.FromDateTime(start.Value),
            StartTime = start is null || document.AllDay ? null : TimeOnly.FromDateTime(start.Value),
            EndDate = end is null ? null : DateOnly.FromDateTime(end.Value),
            EndTime = end is null || document.AllDay ? null : TimeOnly.FromDateTime(end.Value),
        };
    }

    /// <summary>Sets the document's UTC times; Italian messages by field name ("StartDate"…) when they cannot be read.</summary>
    public Dictionary<string, string> ApplyTo(EventDocument document)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (StartDate is null)
        {
            errors[nameof(StartDate)] = "Indica la data di inizio dell'evento.";
            return errors;
        }

        if (!document.AllDay && StartTime is null)
        {
            errors[nameof(StartTime)] = "Indica l'ora di inizio, oppure scegli «Tutto il giorno».";
            return errors;
        }

        if (!document.AllDay && EndDate is not null && EndTime is null)
        {
            errors[nameof(EndTime)] = "Indica l'ora di fine, oppure lascia vuota anche la data di fine.";
            return errors;
        }

        var start = RomeInput.ToUtc(StartDate.Value.ToDateTime(document.AllDay ? TimeOnly.MinValue : StartTime!.Value), out var startError);
        if (startError is not null)
        {
            errors[nameof(StartTime)] = startError;
            return errors;
        }

        DateTime? end = null;
        if (document.AllDay)
        {
            end = RomeInput.ToUtc((EndDate ?? StartDate.Value).ToDateTime(TimeOnly.MinValue), out _);
        }
        else if (EndTime is not null)
        {
            end = RomeInput.ToUtc((EndDate ?? StartDate.Value).ToDateTime(EndTime.Value), out var endError);
            if (endError is not null)
            {
                errors[nameof(EndTime)] = endError;
                return errors;
            }
        }

        if (end < start)
        {
            errors[nameof(EndDate)] = "La fine dell'evento non può essere prima dell'inizio.";
            return errors;
        }

        document.StartsAtUtc = start;
        document.EndsAtUtc = end;
        return errors;
    }
}
