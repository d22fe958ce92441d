package org.cpchub.web.api;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds an RFC 9457 problem response. */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response of(int status, String title, String detail, Map<String, String> fieldErrors) {
        return of(status, title, detail, fieldErrors, null);
    }

    /** With {@code instance}: the path of the request that failed. */
    public static Response of(int status, String title, String detail, Map<String, String> fieldErrors,
                              String instance) {
        JsonObjectBuilder body = JsonBuilders.object()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (instance != null) {
            body.add("instance", instance);
        }
        if (detail != null) {
            body.add("detail", detail);
        }
        if (fieldErrors != null && !fieldErrors.isEmpty()) {
            JsonObjectBuilder errors = JsonBuilders.object();
            fieldErrors.forEach(errors::add);
            body.add("errors", errors);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
