package org.cpchub.web.publication;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * Validators for the public pages and feeds: the page is rendered into a buffer, its SHA-256 becomes a strong
 * ETag and the time this server first sent that exact body its Last-Modified; a conditional GET for a copy that
 * is still current gets 304 and no body. Only the public addresses below are filtered: never /staff or /api,
 * and not the public files, which carry their own validators (a document's checksum) without being buffered.
 */
@WebFilter(dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD}, urlPatterns = {
    "/index.xhtml", "/committees.xhtml", "/committee.xhtml", "/meetings.xhtml", "/meeting.xhtml", "/item.xhtml",
    "/work-programme.xhtml", "/accessibility.xhtml", "/search.xhtml", "/calendar.ics", "/calendar/*", "/feed.atom"})
public class PublicCacheFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        if (buffered.errorSent) {
            return; // the container renders the error page
        }
        byte[] body = buffered.body();
        if (buffered.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()) {
            // errors and redirects go out as rendered, without validators
            write(response, body);
            return;
        }
        String etag = Validators.etag(hash(body), true);
        Instant lastModified = Validators.firstSeen(Validators.address(request), etag, Instant.now());
        if (Validators.answer(request, response, etag, lastModified)) {
            return;
        }
        write(response, body);
    }

    private static void write(HttpServletResponse response, byte[] body) throws IOException {
        if (!response.isCommitted()) {
            response.setContentLength(body.length);
        }
        response.getOutputStream().write(body);
    }

    static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps what the page writes, by stream or by writer, until the filter has decided what to send. */
    static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean errorSent;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            errorSent = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            errorSent = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            errorSent = true;
            super.sendRedirect(location);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("the public pages are written synchronously");
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            // the filter sets the length of what it finally sends
        }

        @Override
        public void setContentLengthLong(long len) {
            // as above
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }

        @Override
        public void reset() {
            super.reset();
            bytes.reset();
        }

        byte[] body() {
            flushBuffer();
            return bytes.toByteArray();
        }
    }
}
