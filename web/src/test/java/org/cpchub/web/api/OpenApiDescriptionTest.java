package org.cpchub.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cpchub.web.api.oparl.OParlResource;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI description lists exactly the GET endpoints the resources have. */
class OpenApiDescriptionTest {
    private static final List<Class<?>> RESOURCES = List.of(HealthResource.class, OpenApiResource.class,
            OParlResource.class);

    @Test
    void everyEndpointIsDescribedAndEveryDescribedPathExists() throws Exception {
        JsonObject openapi;
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            openapi = reader.readObject();
        }
        assertEquals("3.1.0", openapi.getString("openapi"));
        Set<String> described = new TreeSet<>(openapi.getJsonObject("paths").keySet());

        String root = "/" + ApiApplication.class.getAnnotation(ApplicationPath.class).value().replaceAll("^/|/$", "");
        Set<String> implemented = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String base = root + "/" + resource.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    Path path = method.getAnnotation(Path.class);
                    implemented.add(path == null ? base : base + "/" + path.value().replaceAll("^/", ""));
                }
            }
        }
        assertEquals(implemented, described);
        for (String path : described) {
            JsonObject get = openapi.getJsonObject("paths").getJsonObject(path).getJsonObject("get");
            assertTrue(get.containsKey("summary") && get.getJsonObject("responses").containsKey("200"), path);
        }
    }
}
