package org.cpchub.domain.shared;

import jakarta.ejb.ApplicationException;

/** A delete was refused because other records still point at the one to delete. */
@ApplicationException(rollback = true)
public class StillReferencedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public StillReferencedException(String message) {
        super(message);
    }
}
