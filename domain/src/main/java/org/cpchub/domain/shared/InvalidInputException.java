package org.cpchub.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input broke one or more validation rules. Carries a message per field (the key is the property
 * path, or "" for the record as a whole) so a view can put each message next to its field.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {
    private static final long serialVersionUID = 1L;
    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> getFieldErrors() {
        return Map.copyOf(fieldErrors);
    }
}
