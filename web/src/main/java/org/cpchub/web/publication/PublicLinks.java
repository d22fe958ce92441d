package org.cpchub.web.publication;

import jakarta.servlet.http.HttpServletRequest;

/** Absolute addresses of public pages, for the feeds that are read away from the site. */
public final class PublicLinks {
    private PublicLinks() {
    }

    /** "https://committees.example.gov.uk/cpchub": the scheme, host and port the request came in on, and the context. */
    public static String baseUrl(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
