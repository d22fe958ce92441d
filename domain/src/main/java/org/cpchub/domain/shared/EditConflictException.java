package org.cpchub.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the same record after this user opened it (optimistic locking, {@code @Version}).
 * The user's own edits are not saved, and not lost either: the form keeps them.
 */
@ApplicationException(rollback = true)
public class EditConflictException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public EditConflictException(String what) {
        super(what + " was changed by someone else while you were editing it. Your changes have not been saved"
                + " and are still in the form: reload to see the other changes, then enter yours again.");
    }
}
