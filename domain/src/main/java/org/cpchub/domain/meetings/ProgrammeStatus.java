package org.cpchub.domain.meetings;

/** Where a planned work-programme item stands. */
public enum ProgrammeStatus {
    PLANNED("Planned"),
    ON_AGENDA("On the agenda"),
    DEFERRED("Deferred"),
    WITHDRAWN("Withdrawn"),
    TAKEN("Taken");

    private final String label;

    ProgrammeStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
