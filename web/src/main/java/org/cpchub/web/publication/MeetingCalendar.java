package org.cpchub.web.publication;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.cpchub.ejb.publication.PublicMeetingSummary;

/**
 * Public meetings as an iCalendar (RFC 5545) that calendar programs subscribe to: one VEVENT per meeting, in UK
 * time with its VTIMEZONE. The UID is the meeting's for ever, so a change updates the entry instead of adding
 * one; SEQUENCE is the meeting's version, so the change wins; a cancelled or postponed meeting stays in the
 * calendar as CANCELLED. Without an end time (the guillotine) a meeting is shown as two hours long.
 */
public final class MeetingCalendar {
    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String PRODUCT = "-//Corporate Parenting Hub//Committee meetings 1.0//EN";

    private MeetingCalendar() {
    }

    /**
     * @param name    what calendar programs call the calendar
     * @param baseUrl the absolute address of the public site, without a trailing slash
     */
    public static String of(String name, List<PublicMeetingSummary> meetings, String baseUrl) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // no METHOD: then each DTSTAMP is when that meeting's entry was last revised (RFC 5545 3.8.7.2)
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", UK.getId()));
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        VTimeZone timeZone = registry.getTimeZone(UK.getId()).getVTimeZone();
        calendar.add(timeZone);
        for (PublicMeetingSummary m : meetings) {
            calendar.add(event(m, baseUrl));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The UID of a meeting's entry: the same in every feed and for ever. */
    public static String uid(long meetingId) {
        return "meeting-" + meetingId + "@cpchub";
    }

    private static VEvent event(PublicMeetingSummary m, String baseUrl) {
        ZonedDateTime start = m.date().atTime(m.startTime()).atZone(UK);
        ZonedDateTime end = m.guillotineTime() != null && m.guillotineTime().isAfter(m.startTime())
                ? m.date().atTime(m.guillotineTime()).atZone(UK) : start.plusHours(2);
        String page = baseUrl + "/meeting.xhtml?id=" + m.id();
        VEvent event = new VEvent(start, end, m.status().isCalledOff()
                ? m.committeeName() + " (" + m.status().getLabel().toLowerCase(java.util.Locale.UK) + ")"
                : m.committeeName());
        Instant revised = m.updated() != null ? m.updated() : start.toInstant();
        event.add(new Uid(uid(m.id())));
        // the constructor stamps "now"; the revision time keeps the bytes (and so the ETag) stable
        event.replace(new DtStamp(revised.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new LastModified(revised.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, m.sequence())));
        if (m.venue() != null && !m.venue().isBlank()) {
            event.add(new Location(m.venue()));
        }
        event.add(new Url(URI.create(page)));
        event.add(new Description(m.status().getLabel()
                + (m.statusReason() == null ? "" : ": " + m.statusReason())
                + ". Agenda, reports and minutes: " + page));
        event.add(m.status().isCalledOff() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
