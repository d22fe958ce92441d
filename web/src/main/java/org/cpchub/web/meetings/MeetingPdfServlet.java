package org.cpchub.web.meetings;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.cpchub.ejb.meetings.DocumentService;

/** The agenda pack and the minutes of a meeting as PDF, for staff (?id=N&document=agenda-pack|minutes). */
@WebServlet("/staff/meetings/pdf")
public class MeetingPdfServlet extends StaffFileServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    DocumentService documents;

    @Override
    protected StaffFile file(long id, HttpServletRequest request) {
        String which = request.getParameter("document");
        byte[] pdf = switch (which == null ? "" : which) {
            case "agenda-pack" -> documents.agendaPack(id);
            case "minutes" -> documents.minutesPdf(id);
            default -> null;
        };
        return pdf == null ? null : new StaffFile("application/pdf", "meeting-" + id + "-" + which + ".pdf", true, pdf);
    }
}
