package org.cpchub.web.meetings;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.shared.AccessRefusedException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.ejb.meetings.DocumentService;

/** Staff download of an agenda document, exactly as uploaded (under /staff, so signed-in users only). */
@WebServlet("/staff/documents/download")
public class DocumentDownloadServlet extends HttpServlet {
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
        try {
            AgendaDocument doc = documents.get(id);
            byte[] content = documents.content(id);
            response.setContentType(doc.getType().getMediaType());
            response.setContentLengthLong(content.length);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + doc.getFileName() + "\"");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, no-store");
            response.getOutputStream().write(content);
        } catch (NotFoundException e) {
            response.sendError(404);
        } catch (EJBAccessException | AccessRefusedException e) {
            response.sendError(403);
        }
    }
}
