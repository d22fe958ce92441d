package org.cpchub.domain.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallCountsTest {

    @ParameterizedTest(name = "{0} with threshold {1}: {2}")
    @CsvSource({"0, 5, false", "1, 5, true", "4, 5, true", "5, 5, false", "12, 5, false", "9, 10, true"})
    void countsBelowTheThresholdButAboveZeroAreSuppressed(BigDecimal count, int threshold, boolean suppressed) {
        assertEquals(suppressed, SmallCounts.isSuppressed(count, threshold));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Only 2 children were placed out of area.|Only c children were placed out of area.",
        "3 young people and 12 care leavers.|c young people and 12 care leavers.",
        "Reviews on 1 April and 3 May were held.|Reviews on 1 April and 3 May were held.",
        "Up from 4.5% to 93% in Q2 2024-25.|Up from 4.5% to 93% in Q2 2024-25.",
        "The 2nd review; 0 missing episodes.|The 2nd review; 0 missing episodes.",
        "(2) children remain.|(c) children remain."})
    void smallNumbersInCommentaryAreSuppressedButNotDatesOrRates(String text, String shown) {
        assertEquals(shown, SmallCounts.suppressInText(text, 5));
    }
}
