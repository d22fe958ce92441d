package org.cpchub.web.publication;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cpchub.ejb.publication.PublicationEvent;

/**
 * The Atom feed (RFC 4287) of what was published lately: agendas, supplementary agendas, reports and
 * minutes, newest first, each entry linking to its public page. Entry ids are tag URIs (RFC 4151) made from
 * the publication, so a feed reader never shows one twice.
 */
public final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The date in every tag URI: fixed, so ids never change (RFC 4151 section 2.1). */
    private static final String TAG_DATE = "2024";

    private AtomFeed() {
    }

    /**
     * @param baseUrl   the absolute address of the public site, without a trailing slash
     * @param authority the host name that mints the tag URIs
     * @param now       the feed's updated time when nothing has been published yet
     */
    public static String of(List<PublicationEvent> events, String baseUrl, String authority, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "en-GB");
            element(xml, "id", tag(authority, "feed"));
            element(xml, "title", "Council committee papers");
            element(xml, "subtitle", "Agendas, reports and minutes as they are published");
            Instant updated = events.stream().map(PublicationEvent::at).max(Instant::compareTo).orElse(now);
            element(xml, "updated", time(updated));
            link(xml, "self", baseUrl + "/feed.atom", "application/atom+xml");
            link(xml, "alternate", baseUrl + "/", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "Democratic Services");
            xml.writeEndElement();
            for (PublicationEvent e : events) {
                xml.writeStartElement("entry");
                element(xml, "id", tag(authority, e.key()));
                element(xml, "title", e.title());
                element(xml, "updated", time(e.at()));
                element(xml, "published", time(e.at()));
                link(xml, "alternate", page(e, baseUrl), "text/html");
                element(xml, "summary", e.summary());
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", e.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
        return out.toString();
    }

    /** The public page of what was published: the item for a supplementary item or a report, else the meeting. */
    static String page(PublicationEvent e, String baseUrl) {
        return e.itemId() != null ? baseUrl + "/item.xhtml?id=" + e.itemId()
                : baseUrl + "/meeting.xhtml?id=" + e.meetingId();
    }

    static String tag(String authority, String specific) {
        return "tag:" + authority + "," + TAG_DATE + ":" + specific;
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
