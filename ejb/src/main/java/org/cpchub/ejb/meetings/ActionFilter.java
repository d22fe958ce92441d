package org.cpchub.ejb.meetings;

import java.io.Serializable;
import org.cpchub.domain.meetings.ActionStatus;

/** What the action log is filtered by; every part optional. */
public record ActionFilter(Long committeeId, Long ownerId, ActionStatus status, boolean overdueOnly)
        implements Serializable {
}
