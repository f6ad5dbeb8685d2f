using SinergieComuni.Web.Features.Content;
using SinergieComuni.Web.Infrastructure;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>A published event with its times worked out in Europe/Rome.</summary>
public sealed record EventItem(ContentItem Item, EventDocument Document)
{
    public DateTime StartUtc => Document.StartsAtUtc ?? Item.CreatedUtc;

    /// <summary>When the event is over: the end, the start when it has none, the Rome midnight after the last day when it lasts all day.</summary>
    public DateTime OverUtc => Document.AllDay
        ? RomeInput.ToUtc(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), out _) ?? StartUtc
        : Document.EndsAtUtc ?? StartUtc;

    public DateOnly FirstDay => DateOnly.FromDateTime(StartUtc.ToRomeTime());

    public DateOnly LastDay
    {
        get
        {
            var last = DateOnly.FromDateTime((Document.EndsAtUtc ?? StartUtc).ToRomeTime());
            return last < FirstDay ? FirstDay : last;
        }
    }

    public bool IsUpcoming(DateTime nowUtc) => OverUtc >= nowUtc;

    public string Path => ContentTypes.Get(ContentTypes.Event).PublicPath(Item.PublishedSlug ?? Document.Slug);

    /// <summary>"sabato 12 dicembre 2026, 10:00–12:30".</summary>
    public string When => EventTimes.Describe(Document);
}
