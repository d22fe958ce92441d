package org.cpchub.domain.meetings;

/** Procedural events the minutes record. */
public enum ProceduralKind {
    STANDING_ORDERS_EXTENSION("Standing orders extension"),
    ADJOURNMENT("Adjournment"),
    EXCLUSION_OF_PUBLIC("Exclusion of the public");

    private final String label;

    ProceduralKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
