package org.cpchub.domain.meetings;

/** An action point stays open until the committee agrees it is done (and says at which meeting). */
public enum ActionStatus {
    OPEN("Open"),
    COMPLETED("Reported complete"),
    CLOSED("Closed by the committee");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
