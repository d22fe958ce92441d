package org.cpchub.domain.directory;

/** What sort of body a committee is; panels recommend, committees decide or scrutinise. */
public enum CommitteeKind {
    COMMITTEE("Committee"),
    SUB_COMMITTEE("Sub-committee"),
    SCRUTINY_COMMITTEE("Scrutiny committee"),
    PANEL("Panel");

    private final String label;

    CommitteeKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
