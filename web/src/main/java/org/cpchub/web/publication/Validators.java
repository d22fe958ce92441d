package org.cpchub.web.publication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP validators of the public pages, files and feeds (RFC 9110 section 13): the entity tag and the
 * last-modified time are sent with every 200, and a conditional GET whose copy is still current is answered
 * with 304 and no body. If-None-Match wins over If-Modified-Since when both are sent.
 */
public final class Validators {
    /** Shared caches may keep public material for five minutes; after that they revalidate. */
    public static final String CACHE_CONTROL = "public, max-age=300";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final int REMEMBERED = 5_000;

    /**
     * When this server first sent each representation (by address and tag): the Last-Modified of generated
     * pages. A changed page has a new tag, so its time is when the change was first seen, never earlier: a
     * conditional request can only be answered 304 when the copy it holds is the current one.
     */
    private static final Map<String, Seen> FIRST_SEEN = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
            return size() > REMEMBERED;
        }
    };

    private record Seen(String etag, Instant at) {
    }

    private Validators() {
    }

    /** "\"abc\"" or "W/\"abc\"" */
    public static String etag(String opaque, boolean strong) {
        return (strong ? "" : "W/") + '"' + opaque + '"';
    }

    /**
     * When the representation with this tag at this address was first sent by this server (now, if never). An
     * address that has a new tag starts again from now.
     */
    public static Instant firstSeen(String address, String etag, Instant now) {
        synchronized (FIRST_SEEN) {
            Seen seen = FIRST_SEEN.get(address);
            if (seen == null || !seen.etag().equals(etag)) {
                seen = new Seen(etag, now.truncatedTo(ChronoUnit.SECONDS));
                FIRST_SEEN.put(address, seen);
            }
            return seen.at();
        }
    }

    /** The address a page is remembered by: path and query. */
    public static String address(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /**
     * Whether the client's copy is current: its If-None-Match lists the tag (weak comparison, as for GET), or,
     * without If-None-Match, its If-Modified-Since is not before the last modification.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            String ours = opaque(etag);
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(ours));
        }
        if (ifModifiedSince != null && lastModified != null) {
            try {
                Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince.strip()));
                return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an invalid date is ignored (RFC 9110 13.1.3)
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    public static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    /**
     * Sends the validators and, when the client's copy is current, 304 with no body. True when the 304 was
     * sent and the caller must not send the body.
     */
    public static boolean answer(HttpServletRequest request, HttpServletResponse response, String etag,
                                 Instant lastModified) {
        response.setHeader("ETag", etag);
        if (lastModified != null) {
            response.setHeader("Last-Modified", httpDate(lastModified));
        }
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"), etag,
                lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }
}
