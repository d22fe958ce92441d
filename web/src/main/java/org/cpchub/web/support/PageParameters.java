package org.cpchub.web.support;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.cpchub.domain.shared.AccessRefusedException;
import org.cpchub.domain.shared.NotFoundException;

/**
 * Record ids arrive in the address as text. A missing id means "new"; anything that is not a
 * whole number is answered with 404, like an id that does not exist.
 */
public final class PageParameters {
    private PageParameters() {
    }

    /** Empty when no id was given; a 404 is sent (and empty returned) when it is not a number. */
    public static Optional<Long> id(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            notFound("No such record");
            return Optional.empty();
        }
    }

    /**
     * The record a detail page shows: found by the id in the address; a new blank one when there is no id
     * (only for those who may create, others get 403); or empty when an error page was sent (404 for an
     * id that is not a number or not found).
     */
    public static <T> Optional<T> recordOrNew(String idParam, boolean mayCreate, LongFunction<T> find,
                                              Supplier<T> blank) {
        if (!given(idParam)) {
            if (!mayCreate) {
                forbidden();
                return Optional.empty();
            }
            return Optional.of(blank.get());
        }
        Optional<Long> id = id(idParam);
        try {
            return id.map(find::apply);
        } catch (NotFoundException e) {
            notFound(e.getMessage());
            return Optional.empty();
        } catch (AccessRefusedException e) {
            forbidden();
            return Optional.empty();
        }
    }

    public static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    public static void notFound(String message) {
        sendError(404, message);
    }

    public static void forbidden() {
        sendError(403, "Not allowed");
    }

    private static void sendError(int status, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
