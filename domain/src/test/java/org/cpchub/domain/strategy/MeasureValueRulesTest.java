package org.cpchub.domain.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureValueRulesTest {

    static Measure measure(MeasureUnit unit) {
        Strategy s = new Strategy("Strategy", LocalDate.of(2022, 4, 1), LocalDate.of(2024, 3, 31));
        FocusArea area = new FocusArea(new Priority(s, 1, "Safety and Permanence"), 1, "Stability");
        Measure m = new Measure(area, "M-1", "A measure", "What it counts", unit, Polarity.HIGHER_IS_BETTER,
                Frequency.QUARTERLY);
        m.setFormula("Care leavers aged 19-21 in EET", "Care leavers aged 19-21");
        return m;
    }

    @ParameterizedTest(name = "{0}: value {1}, {2}/{3} -> {4} {5}")
    @CsvSource(nullValues = "-", value = {
            // percentages and rates are computed from their inputs
            "PERCENTAGE, -, 84, 194, 43.3, -",
            "PERCENTAGE, 43.3, 84, 194, 43.3, -",
            "PERCENTAGE, 43.30, 84, 194, 43.3, -",
            "PERCENTAGE, 50, 84, 194, -, value",
            "PERCENTAGE, -, 195, 194, -, numerator",
            "PERCENTAGE, -, -1, 194, -, numerator",
            "PERCENTAGE, -, 5, 0, -, denominator",
            "PERCENTAGE, -, 5, -2, -, denominator",
            "PERCENTAGE, -, -, 194, -, numerator",
            "PERCENTAGE, -, 84, -, -, denominator",
            "PERCENTAGE, 43.3, -, -, -, numerator",
            "RATE_PER_10000, -, 276, 46271, 60, -",
            "RATE_PER_10000, -, 50000, 46271, 10806, -",
            // counts are whole and not negative, and have no inputs
            "COUNT, 267, -, -, 267, -",
            "COUNT, 0, -, -, 0, -",
            "COUNT, 267.0, -, -, 267, -",
            "COUNT, 26.5, -, -, -, value",
            "COUNT, -3, -, -, -, value",
            "COUNT, -, -, -, -, value",
            "COUNT, 267, 267, 300, -, numerator",
            "DAYS, 12.5, -, -, 12.5, -",
            "DAYS, -1, -, -, -, value",
            "SCORE, -0.4, -, -, -0.4, -",
            "COUNT, 123456789012345, -, -, -, value",
    })
    void enteredValuesAreCheckedAndComputed(MeasureUnit unit, BigDecimal value, BigDecimal numerator,
                                            BigDecimal denominator, BigDecimal stored, String badField) {
        MeasureValueRules.Checked c = MeasureValueRules.check(measure(unit), value, numerator, denominator);
        if (badField == null) {
            assertTrue(c.isValid(), c.problems().toString());
            assertEquals(0, stored.compareTo(c.value()), "stored " + c.value());
        } else {
            assertTrue(c.problems().containsKey(badField), "a message for " + badField + ": " + c.problems());
            assertNull(c.value());
        }
    }

    @org.junit.jupiter.api.Test
    void theMessageNamesWhatIsMissing() {
        MeasureValueRules.Checked c = MeasureValueRules.check(measure(MeasureUnit.PERCENTAGE), null, null, null);
        assertEquals("Enter the numerator: Care leavers aged 19-21 in EET.", c.problems().get("numerator"));
        assertEquals("Enter the denominator: Care leavers aged 19-21.", c.problems().get("denominator"));
    }
}
