package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.ejb.publication.PublicDocument;
import org.cpchub.ejb.publication.PublicFile;
import org.cpchub.ejb.publication.PublicMeeting;
import org.cpchub.ejb.publication.PublishedRecords;

/**
 * The public files: {@code /documents/{id}/{fileName}} (a report exactly as uploaded, tagged with its SHA-256),
 * {@code /meetings/{id}/agenda.pdf} (the agenda pack) and {@code /meetings/{id}/minutes.pdf}. Anything that is
 * not public is 404, like what does not exist. A conditional request for a current copy is answered 304
 * before anything is loaded or rendered.
 */
@WebServlet({"/documents/*", "/meetings/*"})
public class PublicFileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern DOCUMENT = Pattern.compile("^/(\\d{1,18})(?:/([^/]*))?$");
    private static final Pattern MEETING_PDF = Pattern.compile("^/(\\d{1,18})/(agenda|minutes)\\.pdf$");

    @EJB
    transient PublishedRecords published;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            if ("/documents".equals(request.getServletPath())) {
                Matcher m = DOCUMENT.matcher(path);
                if (m.matches()) {
                    document(request, response, Long.parseLong(m.group(1)), m.group(2));
                    return;
                }
            } else {
                Matcher m = MEETING_PDF.matcher(path);
                if (m.matches()) {
                    meetingPdf(request, response, Long.parseLong(m.group(1)), m.group(2));
                    return;
                }
            }
        } catch (NotFoundException e) {
            // not public, or not there: the same answer
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private void document(HttpServletRequest request, HttpServletResponse response, long id, String fileName)
            throws IOException {
        PublicDocument doc = published.documentInfo(id);
        if (!doc.fileName().equals(fileName)) {
            // one address per document, so caches keep one copy
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + "/documents/" + id + "/"
                    + URLEncoder.encode(doc.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            return;
        }
        if (Validators.answer(request, response, Validators.etag(doc.sha256(), true), doc.uploadedAt())) {
            return;
        }
        send(response, published.document(id), !"application/pdf".equals(doc.mediaType()));
    }

    private void meetingPdf(HttpServletRequest request, HttpServletResponse response, long id, String which)
            throws IOException {
        PublicMeeting meeting = published.meeting(id);
        if ("minutes".equals(which) && meeting.minutes() == null) {
            throw new NotFoundException("Minutes of meeting", id);
        }
        String etag = Validators.etag(meeting.fingerprint() + "-" + which, false);
        Instant lastModified = Validators.firstSeen(Validators.address(request), etag, Instant.now());
        if (Validators.answer(request, response, etag, lastModified)) {
            return;
        }
        LongFunction<PublicFile> render = "agenda".equals(which) ? published::agendaPack : published::minutesPdf;
        send(response, render.apply(id), false);
    }

    private static void send(HttpServletResponse response, PublicFile file, boolean attachment) throws IOException {
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.content().length);
        response.setHeader("Content-Disposition", (attachment ? "attachment" : "inline") + "; filename=\""
                + file.fileName().replace("\"", "") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(file.content());
    }
}
