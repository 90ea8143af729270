using System.Globalization;
using System.Text;
using System.Xml;

namespace Cms.Api.Feeds;

/// <summary>
/// RSS 2.0, sitemaps (sitemaps.org 0.9) and Google News sitemaps, written with XmlWriter so
/// every title and summary is escaped; UTF-8, dates in the portal's time zone.
/// </summary>
internal static class FeedXml
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DublinCoreNs = "http://purl.org/dc/elements/1.1/";
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    public sealed record Channel(string Title, string Link, string Description, string Self);

    public sealed record RssItem(string Link, string Title, string? Summary, string? Author, string? Section, DateTimeOffset PublishedAt);

    public sealed record SitemapUrl(string Location, DateTimeOffset? LastModified);

    public sealed record NewsUrl(string Location, string Title, DateTimeOffset PublishedAt);

    public static byte[] Rss(Channel channel, IReadOnlyList<RssItem> items) => Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
        xml.WriteAttributeString("xmlns", "dc", null, DublinCoreNs);
        xml.WriteStartElement("channel");
        Element(xml, "title", channel.Title);
        Element(xml, "link", channel.Link);
        Element(xml, "description", channel.Description);
        Element(xml, "language", "vi");
        if (items.Count > 0)
        {
            Element(xml, "lastBuildDate", Rfc822(items[0].PublishedAt));
        }

        // Where this feed itself lives (the RSS Advisory Board's recommendation).
        xml.WriteStartElement("atom", "link", AtomNs);
        xml.WriteAttributeString("href", channel.Self);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();

        foreach (var item in items)
        {
            xml.WriteStartElement("item");
            Element(xml, "title", item.Title);
            Element(xml, "link", item.Link);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(item.Link);
            xml.WriteEndElement();
            Element(xml, "description", item.Summary ?? string.Empty);
            Element(xml, "pubDate", Rfc822(item.PublishedAt));
            if (item.Section is not null)
            {
                Element(xml, "category", item.Section);
            }

            // RSS's own <author> must be an e-mail address; a byline is a name.
            if (item.Author is not null)
            {
                xml.WriteStartElement("dc", "creator", DublinCoreNs);
                xml.WriteString(XmlSafe(item.Author));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    public static byte[] SitemapIndex(IEnumerable<string> sitemaps) => Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", SitemapNs);
        foreach (var location in sitemaps)
        {
            xml.WriteStartElement("sitemap", SitemapNs);
            Element(xml, "loc", location, SitemapNs);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    public static byte[] UrlSet(IEnumerable<SitemapUrl> urls, TimeZoneInfo zone) => Write(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNs);
        foreach (var url in urls)
        {
            xml.WriteStartElement("url", SitemapNs);
            Element(xml, "loc", url.Location, SitemapNs);
            if (url.LastModified is { } changed)
            {
                Element(xml, "lastmod", W3C(changed, zone), SitemapNs);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    public static byte[] News(string publication, IEnumerable<NewsUrl> urls, TimeZoneInfo zone) => Write(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNs);
        xml.WriteAttributeString("xmlns", "news", null, NewsNs);
        foreach (var url in urls)
        {
            xml.WriteStartElement("url", SitemapNs);
            Element(xml, "loc", url.Location, SitemapNs);
            xml.WriteStartElement("news", NewsNs);
            xml.WriteStartElement("publication", NewsNs);
            Element(xml, "name", publication, NewsNs);
            Element(xml, "language", "vi", NewsNs);
            xml.WriteEndElement();
            Element(xml, "publication_date", W3C(url.PublishedAt, zone), NewsNs);
            Element(xml, "title", url.Title, NewsNs);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void Element(XmlWriter xml, string name, string value, string? ns = null) =>
        xml.WriteElementString(name, ns, XmlSafe(value));

    /// <summary>Stored text may hold control characters XML 1.0 cannot carry; they are dropped, not a 500.</summary>
    private static string XmlSafe(string value)
    {
        StringBuilder? kept = null;
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                kept?.Append(value[i]);
            }
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                kept?.Append(value, i, 2); // an emoji, outside the Basic Multilingual Plane
                i++;
            }
            else
            {
                kept ??= new StringBuilder(value, 0, i, value.Length);
            }
        }

        return kept?.ToString() ?? value;
    }

    /// <summary>RFC 822 dates, as RSS 2.0 requires ("Sat, 28 Nov 2026 11:00:00 GMT").</summary>
    private static string Rfc822(DateTimeOffset instant) => instant.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);

    /// <summary>W3C date-time in the portal's zone ("2026-11-28T18:00:00+07:00").</summary>
    private static string W3C(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
