package org.cpchub.domain.strategy;

/** How a value came to change: typed in by a person, or loaded from a spreadsheet. */
public enum RevisionSource {
    ENTRY("Entered"),
    IMPORT("Imported");

    private final String label;

    RevisionSource(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
