package org.cpchub.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cpchub.domain.shared.AccessRefusedException;
import org.cpchub.domain.shared.BusinessException;
import org.cpchub.domain.shared.EditConflictException;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.StillReferencedException;

/** Every failure of an API call as a problem document with the right status; unexpected ones are logged. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException ejb && ejb.getCause() != null
                && !(thrown instanceof EJBAccessException) ? ejb.getCause() : thrown;
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Problem.of(status, web.getResponse().getStatusInfo().getReasonPhrase(), null, null, instance());
        }
        if (e instanceof EJBAccessException || e instanceof AccessRefusedException) {
            return Problem.of(403, "Forbidden", "You do not have permission for this.", null, instance());
        }
        if (e instanceof InvalidInputException invalid) {
            return Problem.of(400, "Invalid input", invalid.getMessage(), invalid.getFieldErrors(), instance());
        }
        if (e instanceof NotFoundException) {
            return Problem.of(404, "Not found", e.getMessage(), null, instance());
        }
        if (e instanceof EditConflictException || e instanceof StillReferencedException) {
            return Problem.of(409, "Conflict", e.getMessage(), null, instance());
        }
        if (e instanceof BusinessException) {
            return Problem.of(422, "Refused", e.getMessage(), null, instance());
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", thrown);
        return Problem.of(500, "Internal Server Error", "Something went wrong on our side. It has been logged.", null, instance());
    }

    private String instance() {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }
}
