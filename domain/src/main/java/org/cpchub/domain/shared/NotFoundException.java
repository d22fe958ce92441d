package org.cpchub.domain.shared;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (any more). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found. It may have been deleted by someone else.");
    }
}
