package org.cpchub.domain.strategy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a value entered (or imported) for a measure and works out the value to store. Rates and
 * percentages come from a numerator and a denominator (both not negative, the denominator more than zero,
 * and for a percentage the numerator at most the denominator, so it lies within 0-100); counts are whole
 * and not negative; days are not negative. Problems are returned per field ("value", "numerator",
 * "denominator"), in words for the person who typed them.
 */
public final class MeasureValueRules {
    /** DECIMAL(18,4) holds 14 digits before the point. */
    static final BigDecimal LARGEST = new BigDecimal("99999999999999");

    private MeasureValueRules() {
    }

    /** The outcome: the value to store (computed for rates and percentages), or the problems. */
    public record Checked(BigDecimal value, Map<String, String> problems) {
        public Checked {
            problems = Map.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    public static Checked check(Measure measure, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
        Map<String, String> problems = new LinkedHashMap<>();
        MeasureUnit unit = measure.getUnit();
        if (unit.isComputed()) {
            return computed(measure, value, numerator, denominator, problems);
        }
        if (numerator != null || denominator != null) {
            problems.put("numerator", "Only rates and percentages have a numerator and a denominator; enter the "
                    + unit.getLabel().toLowerCase() + " as the value.");
        }
        if (value == null) {
            problems.put("value", "Enter the value.");
            return new Checked(null, problems);
        }
        if (value.abs().compareTo(LARGEST) > 0) {
            problems.put("value", "The value is too large.");
        } else if (unit == MeasureUnit.COUNT && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
            problems.put("value", "A count is a whole number, 0 or more.");
        } else if (unit == MeasureUnit.DAYS && value.signum() < 0) {
            problems.put("value", "A number of days cannot be negative.");
        }
        return new Checked(problems.isEmpty() ? value.setScale(Math.max(0, Math.min(4, value.scale())),
                java.math.RoundingMode.HALF_UP) : null, problems);
    }

    private static Checked computed(Measure measure, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                                    Map<String, String> problems) {
        if (numerator == null) {
            problems.put("numerator", "Enter the numerator: " + measure.getNumeratorLabel() + ".");
        } else if (numerator.signum() < 0) {
            problems.put("numerator", "The numerator cannot be negative.");
        } else if (numerator.compareTo(LARGEST) > 0) {
            problems.put("numerator", "The numerator is too large.");
        }
        if (denominator == null) {
            problems.put("denominator", "Enter the denominator: " + measure.getDenominatorLabel() + ".");
        } else if (denominator.signum() <= 0) {
            problems.put("denominator", "The denominator must be more than 0.");
        } else if (denominator.compareTo(LARGEST) > 0) {
            problems.put("denominator", "The denominator is too large.");
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        if (measure.getUnit() == MeasureUnit.PERCENTAGE && numerator.compareTo(denominator) > 0) {
            problems.put("numerator", "For a percentage the numerator (" + numerator.toPlainString()
                    + ") cannot be more than the denominator (" + denominator.toPlainString() + ").");
            return new Checked(null, problems);
        }
        BigDecimal result = MeasureFormula.compute(measure.getUnit(), numerator, denominator, measure.getDecimalPlaces());
        if (measure.getUnit() == MeasureUnit.PERCENTAGE && (result.signum() < 0 || result.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.put("value", "A percentage lies between 0 and 100.");
        } else if (value != null && value.compareTo(result) != 0) {
            problems.put("value", "The value is computed from the numerator and denominator (" + measure.format(result)
                    + "), but " + value.toPlainString() + " was given: leave the value empty or correct it.");
        }
        return new Checked(problems.isEmpty() ? result : null, problems);
    }
}
