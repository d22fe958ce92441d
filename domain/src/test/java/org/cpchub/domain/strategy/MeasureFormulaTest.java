package org.cpchub.domain.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureFormulaTest {

    @ParameterizedTest(name = "{0} / {1} x 10,000 -> {2}")
    @CsvSource({
            // DfE, Children looked after in England: Thurrock's published rates at 31 March
            "276, 46271, 60",
            "290, 45530, 64",
            "292, 44804, 65",
            // the strategy's March 2022 figure (64.8 locally) is 65 with DfE rounding
            "294, 45370, 65",
            // half up at the boundary: 64.5 -> 65, 64.49 -> 64
            "129, 20000, 65",
            "6449, 1000000, 64",
            "0, 46271, 0",
    })
    void ratePer10000IsRoundedHalfUpToAWholeNumber(BigDecimal numerator, BigDecimal denominator, BigDecimal rate) {
        assertEquals(rate, MeasureFormula.ratePer10000(numerator, denominator));
    }

    @ParameterizedTest(name = "{0} / {1} x 100 to {2} places -> {3}")
    @CsvSource({
            "84, 194, 1, 43.3",
            "80, 195, 1, 41.0",
            "257, 272, 1, 94.5",
            "58, 100, 0, 58",
            "1, 8, 0, 13",
            "1, 8, 2, 12.50",
            "7, 7, 1, 100.0",
            "0, 12, 1, 0.0",
    })
    void percentageIsRoundedHalfUpToTheMeasuresPlaces(BigDecimal numerator, BigDecimal denominator, int places,
                                                      BigDecimal expected) {
        assertEquals(expected, MeasureFormula.percentage(numerator, denominator, places));
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "1, -5"})
    void aDenominatorOfZeroOrLessIsRefused(BigDecimal numerator, BigDecimal denominator) {
        assertThrows(IllegalArgumentException.class, () -> MeasureFormula.ratePer10000(numerator, denominator));
    }

    @ParameterizedTest
    @CsvSource({"COUNT", "DAYS", "SCORE"})
    void onlyRatesAndPercentagesAreComputed(MeasureUnit unit) {
        assertThrows(IllegalArgumentException.class,
                () -> MeasureFormula.compute(unit, BigDecimal.ONE, BigDecimal.TEN, 0));
    }
}
