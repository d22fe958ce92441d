package org.cpchub.ejb.publication;

import org.cpchub.domain.meetings.Meeting;

/** Where a public meeting stands, in the words the public pages and the calendar use. */
public enum PublicStatus {
    AGENDA_PUBLISHED("Agenda published"),
    HELD("Held: minutes to follow"),
    DRAFT_MINUTES("Draft minutes published"),
    MINUTES_CONFIRMED("Minutes confirmed"),
    POSTPONED("Postponed"),
    CANCELLED("Cancelled"),
    /** Postponed after its agenda was published, and given a new date: the agenda is to be published again. */
    RESCHEDULED("Rescheduled: the agenda will be published again");

    private final String label;

    PublicStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Whether the meeting will not take place on its date (the calendar marks it cancelled). */
    public boolean isCalledOff() {
        return this == CANCELLED || this == POSTPONED;
    }

    static PublicStatus of(Meeting m) {
        return switch (m.getStatus()) {
            case SCHEDULED -> RESCHEDULED;
            case AGENDA_PUBLISHED -> AGENDA_PUBLISHED;
            case HELD -> HELD;
            case MINUTES_DRAFTED -> DRAFT_MINUTES;
            case MINUTES_CONFIRMED -> MINUTES_CONFIRMED;
            case POSTPONED -> POSTPONED;
            case CANCELLED -> CANCELLED;
        };
    }
}
