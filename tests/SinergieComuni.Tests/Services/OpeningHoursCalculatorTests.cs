using System.Globalization;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Tests.Services;

/// <summary>
/// Instants are written in UTC on purpose: Rome is UTC+1 in winter and UTC+2 in summer (2026: from 29 March to 25 October),
/// so each case says which Rome local time it stands for.
/// </summary>
public sealed class OpeningHoursCalculatorTests
{
    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    [Theory]
    [InlineData("2026-01-14T07:59Z", false)] // Wed 08:59 Rome
    [InlineData("2026-01-14T08:00Z", true)] // Wed 09:00 Rome, the opening minute
    [InlineData("2026-01-14T11:29Z", true)] // Wed 12:29 Rome
    [InlineData("2026-01-14T11:30Z", false)] // Wed 12:30 Rome, the closing minute
    [InlineData("2026-01-14T13:00Z", true)] // Wed 14:00 Rome
    [InlineData("2026-01-14T16:00Z", false)] // Wed 17:00 Rome
    public void Is_open_from_the_opening_minute_up_to_but_not_including_the_closing_minute(string utc, bool open) =>
        Assert.Equal(open, OpeningHoursCalculator.IsOpenAt(OfficeHours(), At(utc)));

    [Fact]
    public void Is_closed_during_the_lunch_break_between_two_slots() =>
        Assert.False(OpeningHoursCalculator.IsOpenAt(OfficeHours(), At("2026-01-14T12:00Z"))); // Wed 13:00 Rome

    [Fact]
    public void Is_closed_on_a_day_without_slots() =>
        Assert.False(OpeningHoursCalculator.IsOpenAt(OfficeHours(), At("2026-01-17T09:00Z"))); // Sat 10:00 Rome

    [Theory]
    [InlineData("2026-01-28T09:00Z", false)] // Wed 10:00 Rome, before the validity period
    [InlineData("2026-02-04T09:00Z", true)] // Wed 10:00 Rome, inside it
    [InlineData("2026-06-30T08:00Z", true)] // Tue 10:00 Rome, its last day
    [InlineData("2026-07-01T08:00Z", false)] // Wed 10:00 Rome, after it
    public void Is_open_only_within_the_validity_period(string utc, bool open)
    {
        var hours = OfficeHours();
        hours.ValidFrom = new DateOnly(2026, 2, 1);
        hours.ValidTo = new DateOnly(2026, 6, 30);

        Assert.Equal(open, OpeningHoursCalculator.IsOpenAt(hours, At(utc)));
    }

    [Fact]
    public void A_closed_exception_closes_a_holiday_that_is_otherwise_open()
    {
        var hours = OfficeHours();
        hours.Exceptions.Add(new HoursException { Date = new DateOnly(2026, 12, 25), Closed = true, Note = "Natale" });

        Assert.True(OpeningHoursCalculator.IsOpenAt(hours, At("2026-12-24T09:00Z"))); // Thu 10:00 Rome
        Assert.False(OpeningHoursCalculator.IsOpenAt(hours, At("2026-12-25T09:00Z"))); // Fri 10:00 Rome, Christmas
    }

    [Theory]
    [InlineData("2026-12-24T09:00Z", true)] // Thu 10:00 Rome, inside the special hours
    [InlineData("2026-12-24T11:15Z", false)] // Thu 12:15 Rome, a normal Thursday would still be open
    [InlineData("2026-12-24T14:00Z", false)] // Thu 15:00 Rome, the afternoon slot is replaced too
    public void An_exception_with_special_hours_replaces_the_weekly_slots_of_that_day(string utc, bool open)
    {
        var hours = OfficeHours();
        hours.Exceptions.Add(new HoursException
        {
            Date = new DateOnly(2026, 12, 24),
            Closed = false,
            Opens = new TimeOnly(9, 0),
            Closes = new TimeOnly(12, 0),
        });

        Assert.Equal(open, OpeningHoursCalculator.IsOpenAt(hours, At(utc)));
    }

    [Fact]
    public void An_exception_not_closed_but_without_times_counts_as_closed()
    {
        var hours = OfficeHours();
        hours.Exceptions.Add(new HoursException { Date = new DateOnly(2026, 12, 24), Closed = false });

        Assert.False(OpeningHoursCalculator.IsOpenAt(hours, At("2026-12-24T09:00Z"))); // Thu 10:00 Rome
    }

    [Fact]
    public void A_slot_that_closes_before_it_opens_is_ignored()
    {
        var hours = new OpeningHours { Slots = [Slot(DayOfWeek.Wednesday, 12, 0, 9, 0)] };

        Assert.False(OpeningHoursCalculator.IsOpenAt(hours, At("2026-01-14T09:00Z"))); // Wed 10:00 Rome
    }

    // The same UTC times give opposite answers on either side of the change, so a fixed offset fails one of the days.
    [Theory]
    [InlineData("2026-03-28T06:30Z", false)] // Sat 07:30 Rome (UTC+1)
    [InlineData("2026-03-28T07:30Z", true)] // Sat 08:30 Rome (UTC+1)
    [InlineData("2026-03-29T05:30Z", false)] // Sun 07:30 Rome (UTC+2, after spring-forward)
    [InlineData("2026-03-29T06:30Z", true)] // Sun 08:30 Rome (UTC+2, after spring-forward)
    public void Follows_the_local_clock_across_spring_forward(string utc, bool open) =>
        Assert.Equal(open, OpeningHoursCalculator.IsOpenAt(WeekendMornings(), At(utc)));

    [Theory]
    [InlineData("2026-10-24T05:30Z", false)] // Sat 07:30 Rome (UTC+2)
    [InlineData("2026-10-24T06:30Z", true)] // Sat 08:30 Rome (UTC+2)
    [InlineData("2026-10-25T06:30Z", false)] // Sun 07:30 Rome (UTC+1, after fall-back)
    [InlineData("2026-10-25T07:30Z", true)] // Sun 08:30 Rome (UTC+1, after fall-back)
    public void Follows_the_local_clock_across_fall_back(string utc, bool open) =>
        Assert.Equal(open, OpeningHoursCalculator.IsOpenAt(WeekendMornings(), At(utc)));

    [Fact]
    public void An_opening_inside_the_spring_forward_gap_happens_as_soon_as_the_clock_resumes()
    {
        var hours = new OpeningHours { Slots = [Slot(DayOfWeek.Sunday, 2, 30, 5, 0)] };

        // Sun 01:30 Rome (UTC+1); 02:30 does not exist that night, so the opening is 03:00 Rome (UTC+2).
        Assert.Equal(At("2026-03-29T01:00Z"), OpeningHoursCalculator.NextOpening(hours, At("2026-03-29T00:30Z")));
        Assert.True(OpeningHoursCalculator.IsOpenAt(hours, At("2026-03-29T01:00Z")));
    }

    [Fact]
    public void An_ambiguous_opening_on_the_fall_back_night_is_the_first_occurrence()
    {
        var hours = new OpeningHours { Slots = [Slot(DayOfWeek.Sunday, 2, 30, 5, 0)] };

        // Sun 01:00 Rome (UTC+2); 02:30 happens twice that night, first at UTC+2.
        Assert.Equal(At("2026-10-25T00:30Z"), OpeningHoursCalculator.NextOpening(hours, At("2026-10-24T23:00Z")));
    }

    [Theory]
    [InlineData("2026-01-16T16:30Z", "2026-01-19T08:00Z")] // Fri 17:30 Rome → Mon 9:00 Rome
    [InlineData("2026-01-17T09:00Z", "2026-01-19T08:00Z")] // Sat 10:00 Rome → Mon 9:00 Rome
    [InlineData("2026-01-14T12:00Z", "2026-01-14T13:00Z")] // Wed 13:00 Rome → Wed 14:00 Rome, same day
    [InlineData("2026-03-27T16:30Z", "2026-03-30T07:00Z")] // Fri 17:30 Rome (UTC+1) → Mon 9:00 Rome (UTC+2)
    public void Next_opening_is_the_start_of_the_next_slot(string utc, string expectedUtc) =>
        Assert.Equal(At(expectedUtc), OpeningHoursCalculator.NextOpening(OfficeHours(), At(utc)));

    [Fact]
    public void Next_opening_skips_a_closed_holiday_and_the_weekend()
    {
        var hours = OfficeHours();
        hours.Exceptions.Add(new HoursException { Date = new DateOnly(2026, 12, 25), Closed = true });

        // Thu 17:30 Rome → Mon 28 December 9:00 Rome.
        Assert.Equal(At("2026-12-28T08:00Z"), OpeningHoursCalculator.NextOpening(hours, At("2026-12-24T16:30Z")));
    }

    [Fact]
    public void Next_opening_is_null_while_open() =>
        Assert.Null(OpeningHoursCalculator.NextOpening(OfficeHours(), At("2026-01-14T09:00Z"))); // Wed 10:00 Rome

    [Fact]
    public void Next_opening_is_null_when_nothing_opens_within_fourteen_days()
    {
        var hours = OfficeHours();
        hours.ValidFrom = new DateOnly(2026, 2, 1);

        Assert.Null(OpeningHoursCalculator.NextOpening(hours, At("2026-01-14T16:30Z"))); // Wed 17:30 Rome
    }

    [Theory]
    [InlineData("2026-01-14T09:00Z", "2026-01-14T11:30Z")] // Wed 10:00 Rome → 12:30 Rome (UTC+1)
    [InlineData("2026-07-15T08:00Z", "2026-07-15T10:30Z")] // Wed 10:00 Rome → 12:30 Rome (UTC+2)
    [InlineData("2026-01-14T15:59Z", "2026-01-14T16:00Z")] // Wed 16:59 Rome → 17:00 Rome
    public void Next_closing_is_the_end_of_the_current_slot(string utc, string expectedUtc) =>
        Assert.Equal(At(expectedUtc), OpeningHoursCalculator.NextClosing(OfficeHours(), At(utc)));

    [Fact]
    public void Next_closing_on_the_fall_back_day_uses_winter_time() =>
        // Sun 08:30 Rome (UTC+1) → 12:00 Rome (UTC+1).
        Assert.Equal(At("2026-10-25T11:00Z"), OpeningHoursCalculator.NextClosing(WeekendMornings(), At("2026-10-25T07:30Z")));

    [Fact]
    public void Next_closing_runs_on_through_back_to_back_slots()
    {
        var hours = new OpeningHours { Slots = [Slot(DayOfWeek.Wednesday, 9, 0, 12, 0), Slot(DayOfWeek.Wednesday, 12, 0, 14, 0)] };

        // Wed 10:00 Rome → 14:00 Rome.
        Assert.Equal(At("2026-01-14T13:00Z"), OpeningHoursCalculator.NextClosing(hours, At("2026-01-14T09:00Z")));
    }

    [Fact]
    public void Next_closing_is_null_while_closed() =>
        Assert.Null(OpeningHoursCalculator.NextClosing(OfficeHours(), At("2026-01-14T12:00Z"))); // Wed 13:00 Rome

    [Theory]
    [InlineData("2026-01-14T09:00Z", "Aperto ora, chiude alle 12:30")] // Wed 10:00 Rome
    [InlineData("2026-01-14T12:00Z", "Chiuso ora, apre oggi alle 14:00")] // Wed 13:00 Rome
    [InlineData("2026-01-14T16:30Z", "Chiuso ora, apre domani alle 9:00")] // Wed 17:30 Rome
    [InlineData("2026-01-15T23:30Z", "Chiuso ora, apre oggi alle 9:00")] // Fri 00:30 Rome, still Thursday in UTC
    [InlineData("2026-01-16T16:30Z", "Chiuso ora, apre lunedì alle 9:00")] // Fri 17:30 Rome
    public void Describe_says_whether_it_is_open_and_when_that_changes(string utc, string expected) =>
        Assert.Equal(expected, OpeningHoursCalculator.Describe(OfficeHours(), At(utc)));

    [Fact]
    public void Describe_names_the_day_of_the_month_when_the_opening_is_a_week_or_more_away()
    {
        var hours = new OpeningHours { Slots = [Slot(DayOfWeek.Monday, 14, 30, 16, 0)] };

        // Mon 19 January 17:00 Rome → Mon 26 January 14:30 Rome.
        Assert.Equal("Chiuso ora, apre lunedì 26 alle 14:30", OpeningHoursCalculator.Describe(hours, At("2026-01-19T16:00Z")));
    }

    [Fact]
    public void Describe_says_only_closed_when_nothing_opens_within_fourteen_days()
    {
        var hours = OfficeHours();
        hours.ValidTo = new DateOnly(2026, 1, 14);

        Assert.Equal("Chiuso ora", OpeningHoursCalculator.Describe(hours, At("2026-01-14T16:30Z"))); // Wed 17:30 Rome
    }

    [Fact]
    public void Describe_says_hours_are_not_given_when_there_are_no_slots() =>
        Assert.Equal("Orari non indicati", OpeningHoursCalculator.Describe(new OpeningHours(), At("2026-01-14T09:00Z")));

    private static DateTimeOffset At(string utc) =>
        DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static WeeklySlot Slot(DayOfWeek day, int openHour, int openMinute, int closeHour, int closeMinute) =>
        new() { Day = day, Opens = new TimeOnly(openHour, openMinute), Closes = new TimeOnly(closeHour, closeMinute) };

    /// <summary>Monday to Friday, 9:00–12:30 and 14:00–17:00.</summary>
    private static OpeningHours OfficeHours() => new()
    {
        Slots = [.. Weekdays.SelectMany(day => new[] { Slot(day, 9, 0, 12, 30), Slot(day, 14, 0, 17, 0) })],
    };

    /// <summary>Saturday and Sunday, 8:00–12:00: the two days either side of each clock change.</summary>
    private static OpeningHours WeekendMornings() => new()
    {
        Slots = [Slot(DayOfWeek.Saturday, 8, 0, 12, 0), Slot(DayOfWeek.Sunday, 8, 0, 12, 0)],
    };
}
