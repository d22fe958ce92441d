package org.cpchub.web.meetings;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cpchub.domain.shared.AccessRefusedException;
import org.cpchub.domain.shared.NotFoundException;

/**
 * A file served to staff for the record named by {@code ?id=}: a bad or unknown id is 404, a record the
 * caller may not read is 403, and the file is never cached by shared caches.
 */
public abstract class StaffFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** A file to send: its media type, name, whether to show it in the browser, and its bytes. */
    public record StaffFile(String mediaType, String fileName, boolean inline, byte[] content) {
    }

    /** The file for the record, or null when the request asks for something that does not exist. */
    protected abstract StaffFile file(long id, HttpServletRequest request);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffFile file;
        try {
            file = file(Long.parseLong(request.getParameter("id")), request);
        } catch (NumberFormatException | NotFoundException e) {
            file = null;
        } catch (EJBAccessException | AccessRefusedException e) {
            response.sendError(403);
            return;
        }
        if (file == null) {
            response.sendError(404);
            return;
        }
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.content().length);
        response.setHeader("Content-Disposition", (file.inline() ? "inline" : "attachment")
                + "; filename=\"" + file.fileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }
}
