package org.cpchub.domain.meetings;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a meeting is in its life: scheduled, agenda published, held, minutes drafted, minutes confirmed
 * (as a correct record at a later meeting); or postponed (to be rescheduled) or cancelled.
 */
public enum MeetingStatus {
    SCHEDULED("Scheduled"),
    AGENDA_PUBLISHED("Agenda published"),
    HELD("Held"),
    MINUTES_DRAFTED("Minutes drafted"),
    MINUTES_CONFIRMED("Minutes confirmed"),
    POSTPONED("Postponed"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The states this one may move to. */
    public Set<MeetingStatus> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(AGENDA_PUBLISHED, POSTPONED, CANCELLED);
            case AGENDA_PUBLISHED -> EnumSet.of(HELD, POSTPONED, CANCELLED);
            case HELD -> EnumSet.of(MINUTES_DRAFTED);
            case MINUTES_DRAFTED -> EnumSet.of(MINUTES_CONFIRMED);
            case POSTPONED -> EnumSet.of(SCHEDULED);
            case MINUTES_CONFIRMED, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
        };
    }

    public boolean canMoveTo(MeetingStatus target) {
        return next().contains(target);
    }

    /** Whether the meeting has taken place (its minutes can be written). */
    public boolean isHeld() {
        return this == HELD || this == MINUTES_DRAFTED || this == MINUTES_CONFIRMED;
    }

    /** Whether the public can see the agenda. */
    public boolean isAgendaPublic() {
        return this == AGENDA_PUBLISHED || isHeld();
    }
}
