package org.cpchub.domain.search;

/** What a search hit is: an agenda item (with its minutes, once published) or a published document. */
public enum SearchKind {
    ITEM("Agenda item"),
    DOCUMENT("Report or document");

    private final String label;

    SearchKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
