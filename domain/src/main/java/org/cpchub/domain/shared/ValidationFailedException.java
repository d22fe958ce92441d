package org.cpchub.domain.shared;

import jakarta.ejb.ApplicationException;

/** Input broke a rule that Bean Validation annotations cannot express; names the field it concerns. */
@ApplicationException(rollback = true)
public class ValidationFailedException extends BusinessException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ValidationFailedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs next to, or null for the whole form. */
    public String getField() {
        return field;
    }
}
