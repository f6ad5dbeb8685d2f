using System.ComponentModel.DataAnnotations;

namespace SinergieComuni.Web.Features.Services;

/// <summary>Weekly opening hours of a venue, in Europe/Rome local time, with exceptions and a validity period (HSDS schedule).</summary>
public sealed class OpeningHours
{
    [Display(Name = "Valido dal")]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Valido fino al")]
    public DateOnly? ValidTo { get; set; }

    public List<WeeklySlot> Slots { get; set; } = [];

    public List<HoursException> Exceptions { get; set; } = [];

    [Display(Name = "Note sugli orari")]
    [StringLength(300, ErrorMessage = "Le note sugli orari possono avere al massimo 300 caratteri.")]
    public string? Note { get; set; }
}

/// <summary>One opening interval on a day of the week; closes after it opens, on the same day.</summary>
public sealed class WeeklySlot
{
    [Display(Name = "Giorno")]
    public DayOfWeek Day { get; set; }

    [Display(Name = "Apre alle")]
    public TimeOnly Opens { get; set; }

    [Display(Name = "Chiude alle")]
    public TimeOnly Closes { get; set; }
}

/// <summary>A date with different hours: closed (a holiday) or open only in the given interval.</summary>
public sealed class HoursException
{
    [Display(Name = "Data")]
    public DateOnly Date { get; set; }

    [Display(Name = "Chiuso tutto il giorno")]
    public bool Closed { get; set; } = true;

    [Display(Name = "Apre alle")]
    public TimeOnly? Opens { get; set; }

    [Display(Name = "Chiude alle")]
    public TimeOnly? Closes { get; set; }

    [Display(Name = "Motivo")]
    [StringLength(120, ErrorMessage = "Il motivo può avere al massimo 120 caratteri.")]
    public string? Note { get; set; }
}
