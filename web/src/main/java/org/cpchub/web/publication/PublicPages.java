package org.cpchub.web.publication;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.LongFunction;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.ejb.publication.PublicDocument;
import org.cpchub.web.support.PageParameters;

/** What the public pages share: loading the record named in the address (404 otherwise) and file links. */
final class PublicPages {
    private PublicPages() {
    }

    /** The record for the id in the address; a missing, malformed, unknown or non-public id sends 404. */
    static <T> Optional<T> load(String idParam, LongFunction<T> find) {
        if (!PageParameters.given(idParam)) {
            PageParameters.notFound("No such record");
            return Optional.empty();
        }
        Optional<Long> id = PageParameters.id(idParam);
        try {
            return id.map(find::apply);
        } catch (NotFoundException e) {
            PageParameters.notFound(e.getMessage());
            return Optional.empty();
        }
    }

    /** Where a public document is downloaded: /documents/{id}/{fileName}. */
    static String documentUrl(PublicDocument d) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/documents/"
                + d.id() + "/" + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A number from a query parameter, or null when it is missing or not a number (a filter is then ignored). */
    static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
