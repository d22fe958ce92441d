package org.cpchub.domain.strategy;

/** Whom a benchmark compares the council with (DfE statistical neighbours, England, the region). */
public enum ComparatorGroup {
    STATISTICAL_NEIGHBOURS("Statistical neighbours"),
    ENGLAND("England"),
    REGION("Region");

    private final String label;

    ComparatorGroup(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
