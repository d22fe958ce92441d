package org.cpchub.domain.strategy;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Red, amber or green against a target. GREEN: on or better than the target; AMBER: worse, but by no more
 * than the tolerance; RED: worse by more than the tolerance; NONE: no value or no target. "Better" follows
 * the measure's polarity; the tolerance is in the measure's own unit (e.g. 2 percentage points).
 */
public enum Rag {
    GREEN("Green", "On or better than target"),
    AMBER("Amber", "Worse than target, within tolerance"),
    RED("Red", "Worse than target beyond tolerance"),
    NONE("Not rated", "No value or no target");

    private final String label;
    private final String meaning;

    Rag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String getLabel() {
        return label;
    }

    public String getMeaning() {
        return meaning;
    }

    public static Rag assess(BigDecimal value, BigDecimal target, BigDecimal tolerance, Polarity polarity) {
        if (value == null || target == null) {
            return NONE;
        }
        BigDecimal shortfall = polarity.shortfall(value, target);
        if (shortfall.signum() <= 0) {
            return GREEN;
        }
        BigDecimal allowed = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
        return shortfall.compareTo(allowed) <= 0 ? AMBER : RED;
    }

    /**
     * A priority's status from its measures: the worst rating among the rated measures (RED if any is red,
     * else AMBER if any is amber, else GREEN); measures without a rating are left out, and a priority none
     * of whose measures is rated is NONE. One red measure is enough to draw the committee's attention.
     */
    public static Rag rollUp(Collection<Rag> ratings) {
        Rag worst = NONE;
        for (Rag r : ratings) {
            if (r == RED) {
                return RED;
            }
            if (r == AMBER || r == GREEN && worst == NONE) {
                worst = r;
            }
        }
        return worst;
    }
}
