package org.cpchub.domain.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cpchub.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The smaller rules: targets in force, engagement reviews, value revisions, suppression, formatting. */
class StrategyRulesTest {
    private static final Instant AT = Instant.parse("2024-10-24T18:00:00Z");

    @ParameterizedTest(name = "{0} -> target {1}")
    @CsvSource(nullValues = "-", value = {
            "Q1 2024-25, 70",   // the year's target
            "Q2 2024-25, 65",   // the quarter's own target is more specific
            "2024-25, 70",
            "Q1 2025-26, -",    // targets are not carried forward
            "Q4 2023-24, 60",
    })
    void theMostSpecificTargetCoveringThePeriodIsInForce(String period, BigDecimal expected) {
        Measure m = MeasureValueRulesTest.measure(MeasureUnit.PERCENTAGE);
        List<Target> targets = List.of(new Target(m, ReportingPeriod.financialYear(2024), new BigDecimal("70"), null),
                new Target(m, ReportingPeriod.quarter(2024, 2), new BigDecimal("65"), null),
                new Target(m, ReportingPeriod.financialYear(2023), new BigDecimal("60"), null));
        BigDecimal found = Target.inForce(targets, ReportingPeriod.parse(period)).map(Target::getValue).orElse(null);
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "{0}, review {1}, today {2} -> overdue {3}")
    @CsvSource(nullValues = "-", value = {
            "IN_PROGRESS, 2022-07-31, 2022-08-01, true",
            "NOT_STARTED, 2022-07-31, 2022-07-31, false",
            "ONGOING, 2022-07-31, 2023-01-01, true",
            "COMPLETE, 2022-07-31, 2023-01-01, false",
            "WITHDRAWN, 2022-07-31, 2023-01-01, false",
            "IN_PROGRESS, -, 2023-01-01, false",
    })
    void aReviewIsOverdueWhenItsDateHasPassedAndTheActionIsNotDone(EngagementStatus status, LocalDate review,
                                                                   LocalDate today, boolean overdue) {
        EngagementAction a = action(review);
        a.setStatus(status);
        assertEquals(overdue, a.isReviewOverdue(today));
    }

    private static EngagementAction action(LocalDate review) {
        Strategy s = new Strategy("Strategy", LocalDate.of(2022, 4, 1), LocalDate.of(2024, 3, 31));
        EngagementObjective o = new EngagementObjective(s, 1, "Members know their responsibilities");
        return new EngagementAction(o, "Distribute the strategy", "Strategy distributed", "Strategic Lead",
                review, null);
    }

    @Test
    void progressIsRecordedAsADatedNoteAndMovesTheReview() {
        EngagementAction a = action(LocalDate.of(2022, 7, 31));
        EngagementNote note = a.recordProgress(" Training delivered to 12 members ", EngagementStatus.ONGOING,
                LocalDate.of(2022, 10, 31), "officer", AT);
        assertEquals("Training delivered to 12 members", note.getText());
        assertEquals(EngagementStatus.ONGOING, note.getStatusAfter());
        assertEquals("officer", note.getWrittenBy());
        assertEquals(LocalDate.of(2022, 10, 31), a.getReviewDate());
        assertThrows(BusinessException.class, () -> a.recordProgress(" ", null, null, "officer", AT));
    }

    @Test
    void everyChangeOfAValueIsARevisionAndAnUnchangedOneIsNot() {
        Measure m = MeasureValueRulesTest.measure(MeasureUnit.PERCENTAGE);
        MeasureValue v = new MeasureValue(m, ReportingPeriod.quarter(2024, 1), new BigDecimal("41.0"),
                new BigDecimal("80"), new BigDecimal("195"), "End of Q1", "officer", AT);
        MeasureValueRevision first = v.firstRevision(RevisionSource.ENTRY);
        assertTrue(first.isFirst());
        assertNull(v.revise(new BigDecimal("41"), new BigDecimal("80.0"), new BigDecimal("195"), "End of Q1 ",
                "analyst", AT.plusSeconds(60), RevisionSource.IMPORT), "same figures, same commentary");
        MeasureValueRevision r = v.revise(new BigDecimal("41.5"), new BigDecimal("81"), new BigDecimal("195"),
                "Corrected after audit", "analyst", AT.plusSeconds(120), RevisionSource.ENTRY);
        assertNotNull(r);
        assertEquals(new BigDecimal("41.0"), r.getOldValue());
        assertEquals(new BigDecimal("41.5"), r.getNewValue());
        assertEquals("End of Q1", r.getOldCommentary());
        assertEquals("Corrected after audit", r.getNewCommentary());
        assertEquals("analyst", v.getEnteredBy());
        assertTrue(r.isValueChanged() && r.isCommentaryChanged());
    }

    @ParameterizedTest(name = "{0} with threshold {1} suppressed: {2}")
    @CsvSource({"0, 5, false", "1, 5, true", "4, 5, true", "5, 5, false", "44, 5, false", "9, 10, true"})
    void smallCountsAreSuppressed(BigDecimal count, int threshold, boolean suppressed) {
        assertEquals(suppressed, SmallCounts.isSuppressed(count, threshold));
    }

    @ParameterizedTest(name = "{0} {1} ({2} places) -> \"{3}\"")
    @CsvSource({
            "PERCENTAGE, 43.3, 1, 43.3%",
            "PERCENTAGE, 58, 0, 58%",
            "RATE_PER_10000, 60, 0, '60 per 10,000'",
            "COUNT, 1204, 0, '1,204'",
            "DAYS, 21.5, 0, 22 days",
    })
    void valuesAreShownAsPeopleReadThem(MeasureUnit unit, BigDecimal value, int places, String shown) {
        assertEquals(shown, unit.format(value, places));
    }

    @Test
    void aStrategyMovesFromDraftToActiveToArchived() {
        Strategy s = new Strategy("Strategy", LocalDate.of(2022, 4, 1), LocalDate.of(2024, 3, 31));
        assertThrows(BusinessException.class, () -> s.moveTo(StrategyStatus.ARCHIVED));
        s.moveTo(StrategyStatus.ACTIVE);
        s.moveTo(StrategyStatus.ARCHIVED);
        assertEquals(StrategyStatus.ARCHIVED, s.getStatus());
    }
}
