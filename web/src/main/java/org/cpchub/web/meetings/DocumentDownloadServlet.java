package org.cpchub.web.meetings;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.ejb.meetings.DocumentService;

/** Staff download of an agenda document, exactly as uploaded (under /staff, so signed-in users only). */
@WebServlet("/staff/documents/download")
public class DocumentDownloadServlet extends StaffFileServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    DocumentService documents;

    @Override
    protected StaffFile file(long id, HttpServletRequest request) {
        AgendaDocument doc = documents.get(id);
        return new StaffFile(doc.getType().getMediaType(), doc.getFileName(), false, documents.content(id));
    }
}
