package org.cpchub.domain.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RagTest {

    @ParameterizedTest(name = "{0}: value {1}, target {2} +/- {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // higher is better: care leavers in EET against 70% with 5 points' tolerance
            "HIGHER_IS_BETTER, 72, 70, 5, GREEN",
            "HIGHER_IS_BETTER, 70, 70, 5, GREEN",
            "HIGHER_IS_BETTER, 66, 70, 5, AMBER",
            "HIGHER_IS_BETTER, 65, 70, 5, AMBER",
            "HIGHER_IS_BETTER, 64.9, 70, 5, RED",
            "HIGHER_IS_BETTER, 43.3, 70, 5, RED",
            // CLA reviews on time: 93% against 95%, 2 points' tolerance
            "HIGHER_IS_BETTER, 93, 95, 2, AMBER",
            "HIGHER_IS_BETTER, 92.9, 95, 2, RED",
            "HIGHER_IS_BETTER, 94.9, 95, 0, RED",
            // lower is better: CLA rate per 10,000 against 62, tolerance 3
            "LOWER_IS_BETTER, 60, 62, 3, GREEN",
            "LOWER_IS_BETTER, 62, 62, 3, GREEN",
            "LOWER_IS_BETTER, 64, 62, 3, AMBER",
            "LOWER_IS_BETTER, 65, 62, 3, AMBER",
            "LOWER_IS_BETTER, 66, 62, 3, RED",
            // placements more than 20 miles away: 30% against 25%, no tolerance given
            "LOWER_IS_BETTER, 30, 25, -, RED",
            "LOWER_IS_BETTER, 25, 25, -, GREEN",
            // nothing to rate
            "HIGHER_IS_BETTER, -, 70, 5, NONE",
            "LOWER_IS_BETTER, 60, -, 3, NONE",
            "LOWER_IS_BETTER, -, -, -, NONE",
    })
    void ratingFollowsPolarityAndTolerance(Polarity polarity, BigDecimal value, BigDecimal target, BigDecimal tolerance,
                                           Rag expected) {
        assertEquals(expected, Rag.assess(value, target, tolerance, polarity));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "GREEN GREEN GREEN, GREEN",
            "GREEN AMBER GREEN, AMBER",
            "GREEN AMBER RED, RED",
            "RED, RED",
            "NONE RED GREEN, RED",
            "NONE AMBER, AMBER",
            "NONE GREEN, GREEN",
            "NONE NONE, NONE",
            "'', NONE",
            "AMBER GREEN, AMBER",
    })
    void aPrioritysStatusIsTheWorstRatingOfItsRatedMeasures(String ratings, Rag expected) {
        List<Rag> rags = ratings.isBlank() ? List.of() : Arrays.stream(ratings.split(" ")).map(Rag::valueOf).toList();
        assertEquals(expected, Rag.rollUp(rags));
    }

    @ParameterizedTest(name = "{0}: {1} after {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            // CLA count fell from 284 to 267 in Q2 2024-25: lower is better, so improving
            "LOWER_IS_BETTER, 267, 284, IMPROVING",
            "LOWER_IS_BETTER, 290, 284, WORSENING",
            "LOWER_IS_BETTER, 284, 284.0, UNCHANGED",
            // care leavers in EET rose from 41% to 43.3%: higher is better, so improving
            "HIGHER_IS_BETTER, 43.3, 41, IMPROVING",
            "HIGHER_IS_BETTER, 41, 43.3, WORSENING",
            "HIGHER_IS_BETTER, 58, 58, UNCHANGED",
            "HIGHER_IS_BETTER, 58, -, NONE",
            "LOWER_IS_BETTER, -, 60, NONE",
    })
    void directionOfTravelFollowsPolarity(Polarity polarity, BigDecimal current, BigDecimal previous, Direction expected) {
        assertEquals(expected, Direction.of(current, previous, polarity));
    }
}
