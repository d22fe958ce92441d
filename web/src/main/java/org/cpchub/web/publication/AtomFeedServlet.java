package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.cpchub.ejb.publication.PublishedRecords;

/** {@code /feed.atom}: the latest 50 publications; validators come from {@link PublicCacheFilter}. */
@WebServlet("/feed.atom")
public class AtomFeedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int ENTRIES = 50;

    @EJB
    transient PublishedRecords published;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = AtomFeed.of(published.recentlyPublished(ENTRIES), PublicLinks.baseUrl(request),
                request.getServerName(), Instant.EPOCH).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/atom+xml; charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
