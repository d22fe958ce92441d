package org.cpchub.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * /api/openapi.json: the OpenAPI 3.1 description of the API, written by hand next to the code and kept equal to
 * the resources by a test (OpenApiDescriptionTest).
 */
@Path("openapi.json")
public class OpenApiResource {
    static final String RESOURCE = "/org/cpchub/web/api/openapi.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            CacheControl cache = new CacheControl();
            cache.setMaxAge(3600);
            return Response.ok(in.readAllBytes()).cacheControl(cache).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
