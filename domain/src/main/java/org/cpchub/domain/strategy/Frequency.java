package org.cpchub.domain.strategy;

/** How often a measure is reported. Quarters and years are the council's financial ones (April to March). */
public enum Frequency {
    MONTHLY("Monthly", 1),
    QUARTERLY("Quarterly", 3),
    ANNUAL("Annual", 12);

    private final String label;
    private final int months;

    Frequency(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String getLabel() {
        return label;
    }

    /** The length of one period in months. */
    public int getMonths() {
        return months;
    }
}
