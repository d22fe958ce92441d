package org.cpchub.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the business said no. The message is written for the person who pressed the button;
 * views show it as is, and the transaction is rolled back so nothing is half done.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BusinessException(String message) {
        super(message);
    }
}
