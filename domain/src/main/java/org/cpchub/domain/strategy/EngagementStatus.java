package org.cpchub.domain.strategy;

/** Progress of an action of the engagement plan. Complete and withdrawn actions need no more reviews. */
public enum EngagementStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    ONGOING("Ongoing (recurring)"),
    COMPLETE("Complete"),
    WITHDRAWN("Withdrawn");

    private final String label;

    EngagementStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isClosed() {
        return this == COMPLETE || this == WITHDRAWN;
    }
}
