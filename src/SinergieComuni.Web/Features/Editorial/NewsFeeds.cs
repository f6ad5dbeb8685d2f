using System.Globalization;
using System.Text;
using System.Xml;

namespace SinergieComuni.Web.Features.Editorial;

/// <summary>/notizie/feed.rss (RSS 2.0) and /notizie/feed.atom (Atom 1.0): the latest 20 published news items.</summary>
public static class NewsFeeds
{
    public const int Count = 20;
    public const string RssPath = "/notizie/feed.rss";
    public const string AtomPath = "/notizie/feed.atom";
    public const string Title = "Notizie di SinergieComuni";
    public const string Description = "Le notizie della rete SinergieComuni per la conciliazione vita-lavoro nel Distretto Sociale Sud Est Milano.";

    public static async Task<IResult> RssAsync(PublishedNews news, PublicUrls urls, CancellationToken cancellationToken)
    {
        var items = (await news.AllAsync(cancellationToken)).Take(Count).ToList();
        var xml = Write(writer =>
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("xmlns", "atom", null, Atom);
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", Title);
            writer.WriteElementString("link", urls.Absolute("/notizie"));
            writer.WriteElementString("description", Description);
            writer.WriteElementString("language", "it-it");
            if (items.Count > 0)
            {
                writer.WriteElementString("lastBuildDate", Rfc822(items.Max(i => i.Item.PublishedUtc ?? i.DateUtc)));
            }

            SelfLink(writer, urls.Absolute(RssPath), "application/rss+xml");
            foreach (var item in items)
            {
                StartRssItem(writer, urls.Absolute(item.Path), item.Document.Title, item.DateUtc, item.Document.Summary ?? "");
                foreach (var topic in item.Document.Topics)
                {
                    writer.WriteElementString("category", EditorialTopics.Label(topic));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
        return TypedResults.Text(xml, "application/rss+xml; charset=utf-8", Encoding.UTF8);
    }

    public static async Task<IResult> AtomAsync(PublishedNews news, PublicUrls urls, CancellationToken cancellationToken)
    {
        var items = (await news.AllAsync(cancellationToken)).Take(Count).ToList();
        var xml = Write(writer =>
        {
            writer.WriteStartElement("feed", Atom);
            writer.WriteAttributeString("xml", "lang", null, "it");
            writer.WriteElementString("title", Atom, Title);
            writer.WriteElementString("subtitle", Atom, Description);
            writer.WriteElementString("id", Atom, urls.Absolute(AtomPath));
            writer.WriteElementString("updated", Atom, Rfc3339(items.Count == 0 ? DateTime.UnixEpoch : items.Max(i => i.Item.PublishedUtc ?? i.DateUtc)));
            Link(writer, "self", urls.Absolute(AtomPath), "application/atom+xml");
            Link(writer, "alternate", urls.Absolute("/notizie"), "text/html");
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, "Rete SinergieComuni");
            writer.WriteEndElement();
            foreach (var item in items)
            {
                var url = urls.Absolute(item.Path);
                writer.WriteStartElement("entry", Atom);
                writer.WriteElementString("title", Atom, item.Document.Title);
                writer.WriteElementString("id", Atom, url);
                Link(writer, "alternate", url, "text/html");
                writer.WriteElementString("published", Atom, Rfc3339(item.DateUtc));
                writer.WriteElementString("updated", Atom, Rfc3339(item.Item.PublishedUtc ?? item.DateUtc));
                if (!string.IsNullOrWhiteSpace(item.Document.Author))
                {
                    writer.WriteStartElement("author", Atom);
                    writer.WriteElementString("name", Atom, item.Document.Author);
                    writer.WriteEndElement();
                }

                writer.WriteElementString("summary", Atom, item.Document.Summary ?? "");
                foreach (var topic in item.Document.Topics)
                {
                    writer.WriteStartElement("category", Atom);
                    writer.WriteAttributeString("term", topic);
                    writer.WriteAttributeString("label", EditorialTopics.Label(topic));
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
        return TypedResults.Text(xml, "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    public const string Atom = "http://www.w3.org/2005/Atom";

    public static string Rfc822(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    public static string Rfc3339(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>An XML document written to a string, UTF-8 declared.</summary>
    public static string Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Opens an RSS <c>item</c> with its title, link, permalink guid, date and description; the caller closes it.</summary>
    public static void StartRssItem(XmlWriter writer, string url, string title, DateTime publishedUtc, string description)
    {
        writer.WriteStartElement("item");
        writer.WriteElementString("title", title);
        writer.WriteElementString("link", url);
        writer.WriteStartElement("guid");
        writer.WriteAttributeString("isPermaLink", "true");
        writer.WriteString(url);
        writer.WriteEndElement();
        writer.WriteElementString("pubDate", Rfc822(publishedUtc));
        writer.WriteElementString("description", description);
    }

    public static void SelfLink(XmlWriter writer, string href, string type)
    {
        writer.WriteStartElement("atom", "link", Atom);
        writer.WriteAttributeString("href", href);
        writer.WriteAttributeString("rel", "self");
        writer.WriteAttributeString("type", type);
        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteAttributeString("type", type);
        writer.WriteEndElement();
    }
}
