package org.cpchub.domain.meetings;

/**
 * How a person attended. Presence is physical presence (Hertfordshire CC v SSHCLG [2021]): someone present
 * remotely neither counts towards the quorum nor votes.
 */
public enum AttendanceStatus {
    PRESENT("Present"),
    PRESENT_REMOTELY("Present remotely (not counted, no vote)"),
    APOLOGIES("Apologies"),
    ABSENT("Absent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
