package org.cpchub.domain.directory;

/** A dissolved committee keeps its records (they must stay open to inspection) but meets no more. */
public enum CommitteeStatus {
    ACTIVE("Active"),
    DISSOLVED("Dissolved");

    private final String label;

    CommitteeStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
