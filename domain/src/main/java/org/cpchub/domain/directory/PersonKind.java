package org.cpchub.domain.directory;

/** Why a person is in the directory. */
public enum PersonKind {
    COUNCILLOR("Councillor"),
    CO_OPTED_MEMBER("Co-opted member"),
    OFFICER("Officer"),
    PARTNER("Partner"),
    PANEL_MEMBER("Panel member");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
