package org.cpchub.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.ejb.directory.CommitteeService;
import org.cpchub.ejb.meetings.MeetingService;
import org.cpchub.it.support.Callers;
import org.cpchub.it.support.ServiceArchive;
import org.cpchub.it.support.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public search's pages as a resident follows them: more results than fit on a page need more published papers
 * than the demo data has, so the clerk's services publish them in the server first, then the search is read over
 * HTTP like any visitor would (the second method runs in the test JVM).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicSearchIT {
    /** A word of this test's own; the test server's database is new for every build. */
    private static final String WORD = "zqkwartelbeek";
    private static final int ITEMS = 27;

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("search-it", PublicSearchIT.class, StaffSession.class);
    }

    @EJB
    Callers callers;

    @EJB
    CommitteeService committees;

    @EJB
    MeetingService meetings;

    @Test
    @Order(1)
    void aClerkPublishesAnAgendaOfManyItems() throws Exception {
        Committee c = callers.as("CLERK", () -> committees.create(
                new Committee("Search IT " + UUID.randomUUID().toString().substring(0, 8), CommitteeKind.COMMITTEE, 2)));
        Meeting m = callers.as("CLERK", () -> meetings.schedule(c.getId(), LocalDate.now().plusDays(30),
                LocalTime.of(18, 0), LocalTime.of(21, 30), null));
        for (int i = 1; i <= ITEMS; i++) {
            String title = "Placement review " + i + " " + WORD;
            callers.as("CLERK", () -> meetings.addItem(m.getId(), title, ItemKind.REPORT, "For noting", null));
        }
        Meeting published = callers.as("CLERK", () -> meetings.publishAgenda(m.getId(), null));
        assertEquals(MeetingStatus.AGENDA_PUBLISHED, published.getStatus());
    }

    @Test
    @Order(2)
    @RunAsClient
    void aResidentPagesThroughTheResultsByTheirLinks() {
        StaffSession resident = StaffSession.anonymous();
        HttpResponse<String> first = resident.get("/search.xhtml?q=" + WORD);
        assertEquals(200, first.statusCode());
        assertTrue(first.body().contains(ITEMS + " results"), "every item counted");
        assertTrue(first.body().contains("Page 1 of 2"));
        assertFalse(first.body().contains("Previous page"), "nothing before the first page");

        String next = link(first.body(), "Next page");
        assertTrue(next.contains("page=2") && next.contains("q=" + WORD), next);
        HttpResponse<String> second = resident.get(next);
        assertEquals(200, second.statusCode(), next);
        assertTrue(second.body().contains("Page 2 of 2"), next);
        assertTrue(second.body().contains("start=\"21\""), "the list goes on numbering from 21");
        assertEquals(ITEMS - 20, count(second.body(), "class=\"search-title\""), "the last seven results");
        assertFalse(second.body().contains("Next page"), "nothing after the last page");
        assertTrue(link(second.body(), "Previous page").contains("page=1"));

        // an address past the end (an old bookmark) shows the last page, not an empty "page 3 of 2"
        HttpResponse<String> past = resident.get("/search.xhtml?q=" + WORD + "&page=3");
        assertEquals(200, past.statusCode());
        assertTrue(past.body().contains("Page 2 of 2"));
    }

    private static String link(String html, String text) {
        Matcher m = Pattern.compile("href=\"([^\"]+)\"[^>]*>" + text + "<").matcher(html);
        assertTrue(m.find(), "a link '" + text + "'");
        return m.group(1).replace("&amp;", "&");
    }

    private static int count(String html, String fragment) {
        int n = 0;
        for (int at = html.indexOf(fragment); at >= 0; at = html.indexOf(fragment, at + 1)) {
            n++;
        }
        return n;
    }
}
