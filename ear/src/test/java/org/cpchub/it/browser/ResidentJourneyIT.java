package org.cpchub.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.cpchub.it.support.Browser;
import org.cpchub.it.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A resident with no account finds the Corporate Parenting Committee's meeting of 31 July 2024 from the home
 * page, reads its minutes, sees that item 8 was taken in private, and subscribes to the meeting in their calendar.
 * Every page on the way passes axe.
 */
class ResidentJourneyIT {

    @Test
    void findsAMeetingReadsTheMinutesAndAddsItToTheirCalendar() throws Exception {
        try (Browser b = new Browser()) {
            b.open("/");
            b.assertAccessible("home page on the resident's journey");
            b.click(By.linkText("Corporate Parenting Committee"));
            b.waitForText("Terms of reference");
            assertEquals("Corporate Parenting Committee", b.heading());
            b.assertAccessible("public committee page");

            b.click(By.linkText("All meetings of the Corporate Parenting Committee"));
            b.waitForText("Wednesday 31 July 2024");
            b.assertAccessible("public list of past meetings");
            b.click(By.linkText("Wednesday 31 July 2024"));
            b.waitForText("Minutes");
            assertEquals("Corporate Parenting Committee, 31 July 2024", b.heading());

            String minutes = b.find(By.tagName("main")).getText();
            assertTrue(minutes.contains("Confirmed as a correct record"), "the minutes are marked confirmed");
            assertTrue(minutes.contains("284 Children Looked After"), "the minutes of the performance item");
            assertTrue(minutes.contains("Fostering Allowances: Individual Carer Arrangements"));
            assertTrue(minutes.contains("Schedule 12A"), "the private item says why");
            assertFalse(minutes.contains("Wrenfield"), "but not what was said in private");
            b.assertAccessible("public meeting page with minutes");

            b.click(By.linkText("5. Children's Social Care Performance"));
            b.waitForText("Children's Social Care Performance: Quarter 1 2024-25");
            b.assertAccessible("public agenda item page");
            b.driver().navigate().back();
            b.waitForText("Add to calendar");

            String calendarLink = b.find(By.linkText("Add to calendar")).getAttribute("href");
            HttpResponse<String> ics = StaffSession.anonymous().get(URI.create(calendarLink).getPath());
            assertEquals(200, ics.statusCode());
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
            List<VEvent> events = calendar.getComponents("VEVENT");
            assertEquals(1, events.size());
            VEvent meeting = events.get(0);
            assertTrue(meeting.getProperty(Property.SUMMARY).orElseThrow().getValue()
                    .contains("Corporate Parenting Committee"));
            assertTrue(meeting.getProperty(Property.DTSTART).orElseThrow().getValue().startsWith("20240731T190000"));
            assertTrue(meeting.getProperty(Property.URL).orElseThrow().getValue()
                    .endsWith(URI.create(b.driver().getCurrentUrl()).getPath() + "?"
                            + URI.create(b.driver().getCurrentUrl()).getQuery()));
        }
    }
}
