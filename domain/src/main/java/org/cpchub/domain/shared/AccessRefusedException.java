package org.cpchub.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role allows the operation in general, but not on this record (e.g. a councillor and another
 * committee's papers). Shown as 403; typed, so it is not wrapped as a rolled-back transaction.
 */
@ApplicationException(rollback = true)
public class AccessRefusedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(message);
    }
}
