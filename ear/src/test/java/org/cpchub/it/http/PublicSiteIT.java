package org.cpchub.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cpchub.it.support.StaffSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public site over HTTP as residents, journalists, feed readers and caches meet it, on the demo data: the 31
 * July 2024 meeting has public reports, an exempt appendix ("Larkspur") and an exempt item 8 whose report and
 * minutes name the "Wrenfield" household; the 21 January 2025 meeting's agenda is not published.
 */
class PublicSiteIT {
    /** Words that appear only in exempt material of the demo data. */
    private static final List<String> SECRETS = List.of("Wrenfield", "Larkspur");
    private static final StaffSession PUBLIC = StaffSession.anonymous();
    private static String committeeId;
    private static String julyId;
    private static String unpublishedId;
    private static final List<String> PUBLIC_DOCUMENTS = new ArrayList<>();
    private static final List<String> EXEMPT_DOCUMENTS = new ArrayList<>();
    private static String exemptItemId;
    private static String firstDocumentLink;
    private static String reportItemId;

    @BeforeAll
    static void findTheDemoMeetings() {
        StaffSession clerk = StaffSession.signedInAs("CLERK");
        String committees = PUBLIC.get("/committees.xhtml").body();
        committeeId = group(committees, "committee.xhtml\\?id=(\\d+)\">Corporate Parenting Committee<");
        String staffMeetings = clerk.get("/staff/meetings/meetings.xhtml?when=all").body();
        julyId = group(staffMeetings, "meeting.xhtml\\?id=(\\d+)\">31 July 2024<");
        unpublishedId = group(staffMeetings, "meeting.xhtml\\?id=(\\d+)\">21 January 2025<");
        String agenda = clerk.get("/staff/meetings/agenda.xhtml?id=" + julyId).body();
        Matcher m = Pattern.compile("download\\?id=(\\d+)\">[^<]*</a>( - not for publication)?").matcher(agenda);
        while (m.find()) {
            (m.group(2) == null ? PUBLIC_DOCUMENTS : EXEMPT_DOCUMENTS).add(m.group(1));
        }
        String page = PUBLIC.get("/meeting.xhtml?id=" + julyId).body();
        firstDocumentLink = group(page, "href=\"(/documents/" + PUBLIC_DOCUMENTS.get(0) + "/[^\"]+)\"");
        assertEquals(3, PUBLIC_DOCUMENTS.size(), "three public reports in July");
        assertEquals(2, EXEMPT_DOCUMENTS.size(), "the exempt appendix and the exempt item's report");
        exemptItemId = group(page, "item.xhtml\\?id=(\\d+)\"[^>]*>[^<]*Fostering Allowances");
        reportItemId = group(page, "item.xhtml\\?id=(\\d+)\"[^>]*>5\\. Children");
    }

    private static String group(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), "nothing matches " + regex);
        return m.group(1);
    }

    private static List<String> publicPages() {
        return List.of("/", "/committees.xhtml", "/committee.xhtml?id=" + committeeId,
                "/meetings.xhtml?committee=" + committeeId + "&when=past", "/meetings.xhtml?when=upcoming",
                "/meeting.xhtml?id=" + julyId, "/item.xhtml?id=" + exemptItemId,
                "/item.xhtml?id=" + reportItemId,
                "/work-programme.xhtml?committee=" + committeeId, "/accessibility.xhtml",
                "/search.xhtml?q=foster+carers&committee=" + committeeId);
    }

    @Test
    void publicPagesAreStatelessSoCachesAndLoadBalancersCanServeThem() {
        List<String> wrong = new ArrayList<>();
        for (String path : publicPages()) {
            HttpResponse<String> r = PUBLIC.get(path);
            if (r.statusCode() != 200) {
                wrong.add(path + " answered " + r.statusCode());
            }
            if (r.headers().firstValue("Set-Cookie").isPresent()) {
                wrong.add(path + " set a cookie: " + r.headers().firstValue("Set-Cookie").get());
            }
            if (r.body().contains("jakarta.faces.ViewState\" value=\"") && !r.body().contains("value=\"stateless\"")) {
                wrong.add(path + " carries server-side view state");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void publicPagesFilesAndFeedsAnswerConditionalRequestsWith304() {
        List<String> paths = new ArrayList<>(publicPages());
        paths.addAll(List.of("/feed.atom", "/calendar.ics", "/calendar/" + committeeId + ".ics",
                "/calendar/meeting/" + julyId + ".ics", firstDocumentLink,
                "/meetings/" + julyId + "/minutes.pdf", "/meetings/" + julyId + "/agenda.pdf"));
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<byte[]> first = PUBLIC.bytes(path, Map.of());
            String etag = first.headers().firstValue("ETag").orElse(null);
            String modified = first.headers().firstValue("Last-Modified").orElse(null);
            if (first.statusCode() != 200 || etag == null && modified == null) {
                wrong.add(path + ": " + first.statusCode() + " without validators");
                continue;
            }
            if (etag != null) {
                HttpResponse<byte[]> again = PUBLIC.bytes(path, Map.of("If-None-Match", etag));
                if (again.statusCode() != 304 || again.body().length != 0) {
                    wrong.add(path + ": If-None-Match gave " + again.statusCode());
                }
                HttpResponse<byte[]> other = PUBLIC.bytes(path, Map.of("If-None-Match", "\"something-else\""));
                if (other.statusCode() != 200) {
                    wrong.add(path + ": a stale ETag gave " + other.statusCode());
                }
            }
            if (modified != null && etag == null) {
                HttpResponse<byte[]> again = PUBLIC.bytes(path, Map.of("If-Modified-Since", modified));
                if (again.statusCode() != 304) {
                    wrong.add(path + ": If-Modified-Since gave " + again.statusCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anExemptItemShowsItsTitleAndParagraphsButNothingElse() {
        String item = PUBLIC.get("/item.xhtml?id=" + exemptItemId).body();
        assertTrue(item.contains("Fostering Allowances: Individual Carer Arrangements"));
        assertTrue(item.contains("paragraphs 1 and 3 of Part 1 of Schedule 12A"), "the exemption is cited");
        assertFalse(item.contains("/documents/"), "no documents are offered");
        String meeting = PUBLIC.get("/meeting.xhtml?id=" + julyId).body();
        for (String id : PUBLIC_DOCUMENTS) {
            assertTrue(meeting.contains("/documents/" + id + "/"), "public report " + id + " is offered");
        }
        for (String id : EXEMPT_DOCUMENTS) {
            assertFalse(meeting.contains("/documents/" + id + "/"), "exempt report " + id + " is not offered");
        }
        for (String page : List.of(item, meeting)) {
            SECRETS.forEach(secret -> assertFalse(page.contains(secret), secret));
        }
    }

    @Test
    void exemptDocumentsCannotBeReachedByGuessingTheirAddress() {
        for (String id : EXEMPT_DOCUMENTS) {
            for (String path : List.of("/documents/" + id + "/report.pdf", "/documents/" + id,
                    "/documents/" + id + "/appendix-placements-of-individual-children.pdf")) {
                HttpResponse<byte[]> r = PUBLIC.bytes(path, Map.of());
                assertEquals(404, r.statusCode(), path);
                assertFalse(new String(r.body(), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
            }
        }
        // the staff download refuses anonymous visitors too
        HttpResponse<String> staff = PUBLIC.get("/staff/documents/download?id=" + EXEMPT_DOCUMENTS.get(0));
        assertEquals(302, staff.statusCode(), "sent to sign in");
        // a public one under another name is redirected to its one address, and served there
        HttpResponse<byte[]> renamed = PUBLIC.bytes("/documents/" + PUBLIC_DOCUMENTS.get(0) + "/x.pdf", Map.of());
        assertEquals(301, renamed.statusCode());
        assertEquals(firstDocumentLink, java.net.URI.create(renamed.headers().firstValue("Location").orElseThrow())
                .getPath());
        HttpResponse<byte[]> report = PUBLIC.bytes(firstDocumentLink, Map.of());
        assertEquals(200, report.statusCode());
        assertEquals("application/pdf", report.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void theAgendaPackAndMinutesPdfLeaveTheExemptMaterialOut() throws Exception {
        String pack = pdfText("/meetings/" + julyId + "/agenda.pdf");
        assertTrue(pack.contains("Fostering Service Update"), "the public report is in the pack");
        assertTrue(pack.contains("Foster East"), "with its text");
        String minutes = pdfText("/meetings/" + julyId + "/minutes.pdf");
        assertTrue(minutes.contains("Thurrock Young Voices"));
        for (String text : List.of(pack, minutes)) {
            SECRETS.forEach(secret -> assertFalse(text.contains(secret), secret));
        }
    }

    private static String pdfText(String path) throws Exception {
        HttpResponse<byte[]> r = PUBLIC.bytes(path, Map.of());
        assertEquals(200, r.statusCode(), path);
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void aMeetingWhoseAgendaIsNotPublishedDoesNotExistPublicly() {
        for (String path : List.of("/meeting.xhtml?id=" + unpublishedId, "/meetings/" + unpublishedId + "/agenda.pdf",
                "/meetings/" + unpublishedId + "/minutes.pdf", "/calendar/meeting/" + unpublishedId + ".ics")) {
            assertEquals(404, PUBLIC.get(path).statusCode(), path);
        }
        assertFalse(PUBLIC.get("/meetings.xhtml?committee=" + committeeId + "&when=past").body()
                .contains("21 January 2025"));
        assertEquals(404, PUBLIC.get("/meeting.xhtml?id=999999").statusCode());
        assertEquals(404, PUBLIC.get("/meeting.xhtml?id=nonsense").statusCode(), "not a meeting");
    }

    @Test
    void theCalendarFeedsParseAsRfc5545WithTheMeetingAddress() throws Exception {
        Calendar all = calendar("/calendar.ics");
        Calendar committee = calendar("/calendar/" + committeeId + ".ics");
        List<VEvent> events = committee.getComponents("VEVENT");
        assertTrue(events.size() >= 8, "the committee's published meetings: " + events.size());
        assertTrue(all.getComponents("VEVENT").size() >= events.size(), "all committees include this one");
        VEvent july = events.stream().filter(e -> e.getProperty(Property.DTSTART).orElseThrow().getValue()
                .startsWith("20240731")).findFirst().orElseThrow();
        String url = july.getProperty(Property.URL).orElseThrow().getValue();
        assertTrue(url.endsWith("/meeting.xhtml?id=" + julyId), url);
        assertTrue(july.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains(url));
        assertTrue(july.getProperty(Property.UID).isPresent());
        assertFalse(events.stream().anyMatch(e -> e.getProperty(Property.DTSTART).orElseThrow().getValue()
                .startsWith("20250121")), "the unpublished meeting is not in the calendar");
        Calendar one = calendar("/calendar/meeting/" + julyId + ".ics");
        assertEquals(1, one.getComponents("VEVENT").size());
    }

    private static Calendar calendar(String path) throws Exception {
        HttpResponse<String> r = PUBLIC.get(path);
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        SECRETS.forEach(secret -> assertFalse(r.body().contains(secret), secret));
        Calendar calendar = new CalendarBuilder().build(new StringReader(r.body()));
        calendar.validate();
        return calendar;
    }

    @Test
    void theAtomFeedParsesAndLinksToPublishedPapersOnly() throws Exception {
        HttpResponse<String> r = PUBLIC.get("/feed.atom");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertFalse(feed.getEntries().isEmpty());
        Map<String, String> links = new LinkedHashMap<>();
        for (SyndEntry entry : feed.getEntries()) {
            assertNotNull(entry.getUpdatedDate(), entry.getTitle());
            links.put(entry.getTitle(), entry.getLink());
        }
        assertTrue(links.values().stream().allMatch(l -> l.startsWith("http")), "absolute links: " + links);
        assertTrue(links.values().stream().noneMatch(l -> l.contains("id=" + unpublishedId + "&")
                || l.endsWith("id=" + unpublishedId)), "nothing of the unpublished meeting");
        SECRETS.forEach(secret -> assertFalse(r.body().contains(secret), secret));
        for (String id : EXEMPT_DOCUMENTS) {
            assertFalse(r.body().contains("/documents/" + id + "/"));
        }
    }

    @Test
    void theSearchFindsPublishedReportTextButNeverExemptMaterial() {
        String found = PUBLIC.get("/search.xhtml?q=Foster+East").body();
        assertTrue(found.contains("<mark>Foster</mark> <mark>East</mark>"), "the report's text, highlighted");
        assertTrue(found.contains("href=\"/documents/" + PUBLIC_DOCUMENTS.get(2) + "/fostering-service-update.pdf\""),
                "the report itself is found by its text");
        for (String secret : SECRETS) {
            String page = PUBLIC.get("/search.xhtml?q=" + secret).body();
            assertTrue(page.contains("0 results"), secret + " is in exempt papers only");
        }
        String july = PUBLIC.get("/search.xhtml?q=foster&from=2024-07-01&to=2024-07-31").body();
        assertTrue(july.contains("Fostering Service Update"));
        assertFalse(july.contains("Recruitment and Retention of Foster Carers"), "October's item is outside the dates");
        // the demo data's results fit on one page (paging through more: PublicSearchIT)
        HttpResponse<String> common = PUBLIC.get("/search.xhtml?q=committee");
        assertEquals(200, common.statusCode());
        assertTrue(common.body().contains("Page 1 of 1"));
        assertFalse(common.body().contains("Next page"));
        HttpResponse<String> bad = PUBLIC.get("/search.xhtml?q=foster&from=not-a-date");
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("Enter the &#39;from&#39; date as a date") || bad.body().contains(
                "Enter the 'from' date as a date"), "a clear message, the query kept");
        assertTrue(bad.body().contains("value=\"foster\""));
    }
}
