package org.cpchub.domain.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The formulas of computed measures. Rate per 10,000 = numerator / denominator x 10,000 and percentage =
 * numerator / denominator x 100, rounded half up (DfE, Children looked after in England: the CLA rate is
 * CLA at 31 March per 10,000 children aged 0-17, rounded to a whole number). The division is done once,
 * after the multiplication, so the rounding is of the exact quotient.
 */
public final class MeasureFormula {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MeasureFormula() {
    }

    /** DfE rate: a whole number per 10,000. */
    public static BigDecimal ratePer10000(BigDecimal numerator, BigDecimal denominator) {
        return compute(MeasureUnit.RATE_PER_10000, numerator, denominator, 0);
    }

    public static BigDecimal percentage(BigDecimal numerator, BigDecimal denominator, int decimals) {
        return compute(MeasureUnit.PERCENTAGE, numerator, denominator, decimals);
    }

    /** The value of a computed unit; {@code decimals} is the measure's published precision. */
    public static BigDecimal compute(MeasureUnit unit, BigDecimal numerator, BigDecimal denominator, int decimals) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("The denominator must be more than zero");
        }
        BigDecimal factor = switch (unit) {
            case RATE_PER_10000 -> TEN_THOUSAND;
            case PERCENTAGE -> HUNDRED;
            default -> throw new IllegalArgumentException(unit + " is not computed from a numerator and denominator");
        };
        return numerator.multiply(factor).divide(denominator, decimals, RoundingMode.HALF_UP);
    }
}
