package org.cpchub.domain.strategy;

import java.math.BigDecimal;

/** Whether a higher or a lower value is the better one (lower for the CLA rate or placements far from home). */
public enum Polarity {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** How far {@code value} is worse than {@code reference}: positive when worse, zero or negative when as good or better. */
    public BigDecimal shortfall(BigDecimal value, BigDecimal reference) {
        return this == HIGHER_IS_BETTER ? reference.subtract(value) : value.subtract(reference);
    }
}
