using System.Globalization;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Forms;

/// <summary>
/// Which entries of a form a list or an export shows: Europe/Rome days from–to (both included), a text found in the
/// non-sensitive answers, and a state. Without a state, archived entries are left out; "tutte" shows every state.
/// </summary>
public sealed record EntryFilter(DateOnly? From, DateOnly? To, string? Text, EntryState? State, bool AllStates)
{
    public const string AllStatesCode = "tutte";
    public const int MaxTextLength = 200;

    public static EntryFilter Default { get; } = new(null, null, null, null, false);

    public static EntryFilter Everything { get; } = new(null, null, null, null, true);

    /// <summary>Reads the query parameters dal, al, q and stato; the errors are Italian sentences for the person who typed them.</summary>
    public static EntryFilter Parse(string? from, string? to, string? text, string? state, out List<string> errors)
    {
        errors = [];
        var fromDay = Day(from, "La data iniziale («dal»)", errors);
        var toDay = Day(to, "La data finale («al»)", errors);
        if (fromDay is { } f && toDay is { } t && f > t)
        {
            errors.Add("La data iniziale viene dopo la data finale: scambiale o correggi una delle due.");
        }

        var query = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (query is { Length: > MaxTextLength })
        {
            errors.Add($"Il testo da cercare può avere al massimo {MaxTextLength} caratteri.");
            query = null;
        }

        EntryState? parsedState = null;
        var all = false;
        if (!string.IsNullOrWhiteSpace(state))
        {
            all = state.Trim().Equals(AllStatesCode, StringComparison.OrdinalIgnoreCase);
            parsedState = all ? null : EntryStates.Parse(state);
            if (!all && parsedState is null)
            {
                errors.Add("Lo stato deve essere «nuova», «letta», «archiviata» o «tutte».");
            }
        }

        return new EntryFilter(fromDay, toDay, query, parsedState, all);
    }

    public string? StateCode => AllStates ? AllStatesCode : State is { } s ? EntryStates.Code(s) : null;

    public bool IsDefault => this == Default;

    public IQueryable<FormEntry> Apply(IQueryable<FormEntry> entries)
    {
        if (From is { } from)
        {
            var start = StartUtc(from);
            entries = entries.Where(e => e.CreatedUtc >= start);
        }

        if (To is { } to)
        {
            var end = StartUtc(to.AddDays(1));
            entries = entries.Where(e => e.CreatedUtc < end);
        }

        if (Text is { } text)
        {
            var lower = text.ToLowerInvariant();
            entries = entries.Where(e => e.SearchText.Contains(lower));
        }

        if (State is { } state)
        {
            entries = entries.Where(e => e.State == state);
        }
        else if (!AllStates)
        {
            entries = entries.Where(e => e.State != EntryState.Archived);
        }

        return entries;
    }

    /// <summary>The query string of this filter (without "?"), for links to other pages and exports.</summary>
    public string QueryString(params (string Name, string? Value)[] extra)
    {
        var parts = new List<(string, string?)>
        {
            ("dal", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("al", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("q", Text),
            ("stato", StateCode),
        };
        parts.AddRange(extra);
        return string.Join("&", parts.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
    }

    // Midnight always exists in Europe/Rome (the clocks change at 02:00 and 03:00).
    private static DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), RomeTime.Zone);

    private static DateOnly? Day(string? text, string what, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2999)
        {
            return day;
        }

        errors.Add($"{what} non è una data valida: scrivila come gg/mm/aaaa (per esempio 31/01/2025).");
        return null;
    }
}
