package org.cpchub.web.meetings;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cpchub.domain.shared.AccessRefusedException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.ejb.meetings.DocumentService;

/** The agenda pack and the minutes of a meeting as PDF, for staff (?id=N&document=agenda-pack|minutes). */
@WebServlet("/staff/meetings/pdf")
public class MeetingPdfServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(404);
            return;
        }
        String which = request.getParameter("document");
        try {
            byte[] pdf = switch (which == null ? "" : which) {
                case "agenda-pack" -> documents.agendaPack(id);
                case "minutes" -> documents.minutesPdf(id);
                default -> null;
            };
            if (pdf == null) {
                response.sendError(404);
                return;
            }
            response.setContentType("application/pdf");
            response.setContentLengthLong(pdf.length);
            response.setHeader("Content-Disposition", "inline; filename=\"meeting-" + id + "-" + which + ".pdf\"");
            response.setHeader("Cache-Control", "private, no-store");
            response.getOutputStream().write(pdf);
        } catch (NotFoundException e) {
            response.sendError(404);
        } catch (EJBAccessException | AccessRefusedException e) {
            response.sendError(403);
        }
    }
}
