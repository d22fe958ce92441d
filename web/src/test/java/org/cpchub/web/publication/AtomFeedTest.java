package org.cpchub.web.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.cpchub.ejb.publication.PublicationEvent;
import org.cpchub.ejb.publication.PublicationEvent.Kind;
import org.junit.jupiter.api.Test;

class AtomFeedTest {
    private static final String BASE = "https://committees.example.gov.uk/cpchub";

    @Test
    void aFeedReaderReadsTheEntriesWithStableIdsAndLinksToThePublicPages() throws Exception {
        List<PublicationEvent> events = List.of(
                new PublicationEvent("meeting-12-draft-minutes", Kind.DRAFT_MINUTES,
                        "Draft minutes published: Corporate Parenting Committee, 24 October 2024",
                        "Draft minutes - not yet confirmed as a correct record.",
                        Instant.parse("2024-10-31T10:00:00Z"), 12, null, null),
                new PublicationEvent("document-77", Kind.DOCUMENT, "Report published: Performance & <data>",
                        "Performance report for item 5", Instant.parse("2024-10-18T15:30:00Z"), 12, 40L, 77L));
        String xml = AtomFeed.of(events, BASE, "committees.example.gov.uk", Instant.EPOCH);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Council committee papers", feed.getTitle());
        assertEquals(Date.from(Instant.parse("2024-10-31T10:00:00Z")), feed.getPublishedDate(), "the newest entry");
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(2, entries.size());
        SyndEntry minutes = entries.get(0);
        assertEquals("tag:committees.example.gov.uk,2024:meeting-12-draft-minutes", minutes.getUri());
        assertEquals(BASE + "/meeting.xhtml?id=12", minutes.getLink());
        assertEquals(Date.from(Instant.parse("2024-10-31T10:00:00Z")), minutes.getUpdatedDate());
        assertTrue(minutes.getDescription().getValue().startsWith("Draft minutes - not yet confirmed"));
        SyndEntry report = entries.get(1);
        assertEquals("Report published: Performance & <data>", report.getTitle(), "text is escaped, not broken");
        assertEquals(BASE + "/item.xhtml?id=40", report.getLink());
        assertEquals("document", report.getCategories().get(0).getName());
    }

    @Test
    void anEmptyFeedIsStillValidAtom() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(AtomFeed.of(List.of(), BASE, "localhost",
                Instant.EPOCH)));
        assertTrue(feed.getEntries().isEmpty());
        assertEquals("tag:localhost,2024:feed", feed.getUri());
    }
}
