package org.cpchub.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cpchub.ejb.platform.HealthCheck;

/** For load balancers and monitoring: 200 when the application and its database answer, else 503. */
@Path("health")
public class HealthResource {
    @EJB
    HealthCheck health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        boolean up = health.databaseAnswers();
        return Response.status(up ? 200 : 503)
                .entity("{\"status\":\"" + (up ? "UP" : "DOWN") + "\"}")
                .header("Cache-Control", "no-store").build();
    }
}
