package org.cpchub.domain.meetings;

/** What an agenda item is. */
public enum ItemKind {
    STANDARD("Standard item"),
    REPORT("Report"),
    VERBAL_UPDATE("Verbal update"),
    URGENT_BUSINESS("Urgent business");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
