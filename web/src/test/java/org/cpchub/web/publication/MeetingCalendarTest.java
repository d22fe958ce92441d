package org.cpchub.web.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.validate.ValidationResult;
import org.cpchub.ejb.publication.PublicMeetingSummary;
import org.cpchub.ejb.publication.PublicStatus;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {
    private static final String BASE = "https://committees.example.gov.uk/cpchub";

    private static PublicMeetingSummary meeting(long id, LocalDate date, PublicStatus status, long version) {
        return new PublicMeetingSummary(id, 1, "Corporate Parenting Committee", date, LocalTime.of(19, 0),
                LocalTime.of(21, 30), "Council Chamber, Civic Offices, Grays", status,
                status.isCalledOff() ? "Not enough members able to attend" : null, version,
                Instant.parse("2024-10-14T09:00:00Z"));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void theCalendarParsesBackAndIsValidWithOneEventPerMeetingInUkTime() throws Exception {
        String ics = MeetingCalendar.of("Corporate Parenting Committee meetings", List.of(
                meeting(12, LocalDate.of(2024, 10, 24), PublicStatus.MINUTES_CONFIRMED, 7),
                meeting(15, LocalDate.of(2025, 3, 13), PublicStatus.CANCELLED, 3)), BASE);
        Calendar calendar = parse(ics);
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result.toString());
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
        assertEquals("Europe/London", ((VTimeZone) calendar.getComponents("VTIMEZONE").get(0))
                .getProperty("TZID").orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());

        VEvent october = events.get(0);
        assertEquals("meeting-12@cpchub", value(october, "UID"));
        assertEquals("7", value(october, "SEQUENCE"));
        assertEquals("Corporate Parenting Committee", value(october, "SUMMARY"));
        assertEquals("Council Chamber, Civic Offices, Grays", value(october, "LOCATION"));
        assertEquals(BASE + "/meeting.xhtml?id=12", value(october, "URL"));
        assertTrue(value(october, "DESCRIPTION").contains(BASE + "/meeting.xhtml?id=12"));
        assertEquals("CONFIRMED", value(october, "STATUS"));
        assertEquals("20241014T090000Z", value(october, "DTSTAMP"), "the meeting's last revision");
        ZonedDateTime start = october.getDateTimeStart().getDate() instanceof ZonedDateTime z ? z : null;
        assertEquals(ZonedDateTime.of(2024, 10, 24, 19, 0, 0, 0, MeetingCalendar.UK).toInstant(), start.toInstant(),
                "7pm in British Summer Time is 6pm UTC");
        assertTrue(ics.contains("DTSTART;TZID=Europe/London:20241024T190000"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/London:20241024T213000"), ics);

        VEvent cancelled = events.get(1);
        assertEquals("CANCELLED", value(cancelled, "STATUS"));
        assertEquals("Corporate Parenting Committee (cancelled)", value(cancelled, "SUMMARY"));
        assertTrue(ics.contains("DTSTART;TZID=Europe/London:20250313T190000"), "winter: GMT");
    }

    @Test
    void theSameMeetingsGiveTheSameBytesSoTheEntityTagHolds() {
        List<PublicMeetingSummary> meetings = List.of(meeting(12, LocalDate.of(2024, 10, 24), PublicStatus.HELD, 4));
        assertEquals(MeetingCalendar.of("x", meetings, BASE), MeetingCalendar.of("x", meetings, BASE));
    }

    @Test
    void aChangedMeetingKeepsItsUidAndRaisesItsSequence() throws Exception {
        VEvent before = parse(MeetingCalendar.of("x", List.of(meeting(12, LocalDate.of(2024, 10, 24),
                PublicStatus.AGENDA_PUBLISHED, 2)), BASE)).<VEvent>getComponents("VEVENT").get(0);
        VEvent after = parse(MeetingCalendar.of("x", List.of(meeting(12, LocalDate.of(2024, 10, 24),
                PublicStatus.POSTPONED, 3)), BASE)).<VEvent>getComponents("VEVENT").get(0);
        assertEquals(value(before, "UID"), value(after, "UID"));
        assertTrue(Integer.parseInt(value(after, "SEQUENCE")) > Integer.parseInt(value(before, "SEQUENCE")));
        assertEquals("CANCELLED", value(after, "STATUS"), "a postponed meeting does not take place on its date");
        assertTrue(value(after, "DESCRIPTION").startsWith("Postponed: Not enough members able to attend."));
    }
}
