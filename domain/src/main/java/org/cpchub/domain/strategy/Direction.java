package org.cpchub.domain.strategy;

import java.math.BigDecimal;

/**
 * Direction of travel since the previous period, following the measure's polarity: a falling CLA rate is
 * IMPROVING, a falling EET percentage WORSENING. NONE when either period has no value.
 */
public enum Direction {
    IMPROVING("Improving"),
    WORSENING("Worsening"),
    UNCHANGED("Unchanged"),
    NONE("No comparison");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public static Direction of(BigDecimal current, BigDecimal previous, Polarity polarity) {
        if (current == null || previous == null) {
            return NONE;
        }
        int shortfall = polarity.shortfall(current, previous).signum();
        return shortfall == 0 ? UNCHANGED : shortfall < 0 ? IMPROVING : WORSENING;
    }
}
