package org.cpchub.domain.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * What a measure's value counts. Percentages and rates are computed from a numerator and a denominator
 * (never typed), so that the inputs behind every published figure are kept.
 */
public enum MeasureUnit {
    COUNT("Number", "", false, 0),
    PERCENTAGE("Percentage", "%", true, 1),
    RATE_PER_10000("Rate per 10,000", " per 10,000", true, 0),
    DAYS("Days", " days", false, 0),
    SCORE("Score or average", "", false, 1);

    private final String label;
    private final String suffix;
    private final boolean computed;
    private final int defaultDecimals;

    MeasureUnit(String label, String suffix, boolean computed, int defaultDecimals) {
        this.label = label;
        this.suffix = suffix;
        this.computed = computed;
        this.defaultDecimals = defaultDecimals;
    }

    public String getLabel() {
        return label;
    }

    /** Whether the value is computed from a numerator and a denominator. */
    public boolean isComputed() {
        return computed;
    }

    /** Rates are published as whole numbers (DfE); local percentages with one decimal (43.3%). */
    public int getDefaultDecimals() {
        return defaultDecimals;
    }

    /** A value as people read it: "43.3%", "60 per 10,000", "1,204"; an empty string for no value. */
    public String format(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.UK));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value) + suffix;
    }
}
