package org.cpchub.domain.directory;

/** The part a person plays on a committee or panel. */
public enum MembershipRole {
    CHAIR("Chair", true),
    VICE_CHAIR("Vice-Chair", true),
    MEMBER("Member", true),
    CO_OPTED_MEMBER("Co-opted Member", true),
    SUBSTITUTE("Substitute", false),
    PANEL_ADVISER("Panel Adviser", false),
    MINUTE_TAKER("Minute-taker", false),
    MEDICAL_ADVISER("Medical Adviser", false),
    LEGAL_ADVISER("Legal Adviser", false),
    LEAD_OFFICER("Lead Officer", false),
    PARTNER_REPRESENTATIVE("Partner Representative", false);

    private final String label;
    private final boolean seat;

    MembershipRole(String label, boolean seat) {
        this.label = label;
        this.seat = seat;
    }

    public String getLabel() {
        return label;
    }

    /** Whether the role holds a seat that counts towards quorum (advisers and officers do not). */
    public boolean isSeat() {
        return seat;
    }
}
