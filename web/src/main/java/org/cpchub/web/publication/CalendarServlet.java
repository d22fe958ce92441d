package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.ejb.publication.PublicCommittee;
import org.cpchub.ejb.publication.PublicMeetingSummary;
import org.cpchub.ejb.publication.PublishedRecords;

/**
 * The public calendars: {@code /calendar.ics} (every committee), {@code /calendar/{committeeId}.ics} (one
 * committee) and {@code /calendar/meeting/{meetingId}.ics} (one meeting, for "Add to calendar"). Meetings from
 * six years back - as long as their papers must stay open to inspection, so a subscriber sees every meeting whose
 * papers the site still offers (a committee meets about eight times a year); validators come from
 * {@link PublicCacheFilter}.
 */
@WebServlet({"/calendar.ics", "/calendar/*"})
public class CalendarServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern COMMITTEE = Pattern.compile("^/(\\d{1,18})\\.ics$");
    private static final Pattern MEETING = Pattern.compile("^/meeting/(\\d{1,18})\\.ics$");
    static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    @EJB
    transient PublishedRecords published;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String name;
        List<PublicMeetingSummary> meetings;
        try {
            LocalDate from = LocalDate.now(MeetingCalendar.UK).minusYears(6);
            if ("/calendar.ics".equals(request.getServletPath())) {
                name = "Council committee meetings";
                meetings = published.calendar(null, from);
            } else if (path != null && COMMITTEE.matcher(path).matches()) {
                Matcher m = COMMITTEE.matcher(path);
                m.matches();
                PublicCommittee committee = published.committee(Long.parseLong(m.group(1)));
                name = committee.name() + " meetings";
                meetings = published.calendar(committee.id(), from);
            } else if (path != null && MEETING.matcher(path).matches()) {
                Matcher m = MEETING.matcher(path);
                m.matches();
                PublicMeetingSummary meeting = published.meeting(Long.parseLong(m.group(1))).summary();
                name = meeting.getTitle();
                meetings = List.of(meeting);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = MeetingCalendar.of(name, meetings, PublicLinks.baseUrl(request)).getBytes(StandardCharsets.UTF_8);
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Content-Disposition", "inline; filename=\"calendar.ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
