using System.Text;
using SinergieComuni.Web.Features.Services;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>/eventi/{slug}.ics, /eventi/feed.ics (every upcoming event) and /eventi/feed.rss.</summary>
public static class EventFeeds
{
    public const string IcsFeedPath = "/eventi/feed.ics";
    public const string RssPath = "/eventi/feed.rss";
    public const string Title = "Eventi di SinergieComuni";

    public static async Task<IResult> OneAsync(string slug, PublishedEvents events, PublicUrls urls, Taxonomy taxonomy, CancellationToken cancellationToken)
    {
        var item = await events.FindAsync(slug, cancellationToken);
        if (item is null)
        {
            return TypedResults.Problem(title: "Evento non trovato", detail: "L'evento richiesto non esiste o non è pubblicato.", statusCode: StatusCodes.Status404NotFound);
        }

        var text = IcsWriter.Write(item.Document.Title, [await ToCalendarAsync(item, urls, taxonomy, cancellationToken)]);
        return TypedResults.File(Encoding.UTF8.GetBytes(text), IcsWriter.ContentType, $"{item.Document.Slug}.ics");
    }

    public static async Task<IResult> IcsFeedAsync(PublishedEvents events, PublicUrls urls, Taxonomy taxonomy, CancellationToken cancellationToken)
    {
        var calendar = new List<CalendarEvent>();
        foreach (var item in await events.UpcomingAsync(cancellationToken))
        {
            calendar.Add(await ToCalendarAsync(item, urls, taxonomy, cancellationToken));
        }

        return TypedResults.Text(IcsWriter.Write(Title, calendar), IcsWriter.ContentType, Encoding.UTF8);
    }

    public static async Task<IResult> RssAsync(PublishedEvents events, PublicUrls urls, CancellationToken cancellationToken)
    {
        var items = await events.UpcomingAsync(cancellationToken);
        var xml = NewsFeeds.Write(writer =>
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("xmlns", "atom", null, NewsFeeds.Atom);
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", Title);
            writer.WriteElementString("link", urls.Absolute("/eventi"));
            writer.WriteElementString("description", "I prossimi eventi della rete SinergieComuni.");
            writer.WriteElementString("language", "it-it");
            NewsFeeds.SelfLink(writer, urls.Absolute(RssPath), "application/rss+xml");
            foreach (var item in items)
            {
                NewsFeeds.StartRssItem(writer, urls.Absolute(item.Path), item.Document.Title,
                    item.Item.FirstPublishedUtc ?? item.Item.PublishedUtc ?? item.StartUtc, $"{item.When}. {item.Document.Summary}");
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
        return TypedResults.Text(xml, "application/rss+xml; charset=utf-8", Encoding.UTF8);
    }

    public static async Task<CalendarEvent> ToCalendarAsync(EventItem item, PublicUrls urls, Taxonomy taxonomy, CancellationToken cancellationToken)
    {
        var document = item.Document;
        var description = string.Join("\n\n", new[] { document.Summary, Search.PlainText.FromHtml(document.Body) }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return new CalendarEvent(
            Uid: $"{item.Item.Id:D}@{urls.Host}",
            StampUtc: item.Item.PublishedUtc ?? item.Item.UpdatedUtc,
            StartUtc: item.StartUtc,
            EndUtc: document.EndsAtUtc,
            AllDay: document.AllDay,
            FirstDay: item.FirstDay,
            LastDay: item.LastDay,
            Summary: document.Title,
            Description: description.Length == 0 ? null : description,
            Location: await LocationAsync(document.Venue, taxonomy, cancellationToken),
            Latitude: document.Venue.Latitude,
            Longitude: document.Venue.Longitude,
            Url: urls.Absolute(item.Path));
    }

    /// <summary>"Sala consiliare, Piazza Risorgimento 1, Melegnano".</summary>
    public static async Task<string?> LocationAsync(EventVenue venue, Taxonomy taxonomy, CancellationToken cancellationToken)
    {
        var municipality = string.IsNullOrWhiteSpace(venue.Municipality) ? null : await taxonomy.LabelAsync(Vocabularies.Municipality, venue.Municipality, cancellationToken);
        var parts = new[] { venue.Name, venue.Address, municipality }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
