package org.cpchub.domain.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTest {

    @ParameterizedTest(name = "{0} on {1} -> {2} ({3} to {4})")
    @CsvSource({
            "MONTHLY, 2025-03-31, March 2025, 2025-03-01, 2025-03-31",
            "MONTHLY, 2024-02-10, February 2024, 2024-02-01, 2024-02-29",
            // financial quarters: April-June is Q1
            "QUARTERLY, 2024-04-01, Q1 2024-25, 2024-04-01, 2024-06-30",
            "QUARTERLY, 2024-08-31, Q2 2024-25, 2024-07-01, 2024-09-30",
            "QUARTERLY, 2024-12-25, Q3 2024-25, 2024-10-01, 2024-12-31",
            "QUARTERLY, 2025-03-31, Q4 2024-25, 2025-01-01, 2025-03-31",
            "ANNUAL, 2025-03-31, 2024-25, 2024-04-01, 2025-03-31",
            "ANNUAL, 2025-04-01, 2025-26, 2025-04-01, 2026-03-31",
            "ANNUAL, 1999-06-01, 1999-00, 1999-04-01, 2000-03-31",
    })
    void periodsAreTheCouncilsMonthsFinancialQuartersAndYears(Frequency frequency, LocalDate day, String label,
                                                             LocalDate start, LocalDate end) {
        ReportingPeriod p = ReportingPeriod.of(frequency, day);
        assertEquals(label, p.getLabel());
        assertEquals(start, p.getStart());
        assertEquals(end, p.getEnd());
        assertTrue(p.contains(day));
        assertEquals(p, ReportingPeriod.parse(p.getCode()), "the code reads back as the same period");
    }

    @ParameterizedTest(name = "before {0} comes {1}")
    @CsvSource({
            "March 2025, February 2025",
            "January 2025, December 2024",
            "Q2 2024-25, Q1 2024-25",
            "Q1 2024-25, Q4 2023-24",
            "2024-25, 2023-24",
    })
    void previousIsTheOneBefore(String period, String previous) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        assertEquals(previous, p.previous().getLabel());
        assertEquals(p, p.previous().next());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
            "2025-03, March 2025",
            "2025-3, March 2025",
            "03/2025, March 2025",
            "March 2025, March 2025",
            "mar 2025, March 2025",
            "'  September   2024 ', September 2024",
            "2024-25 Q2, Q2 2024-25",
            "2024-25Q2, Q2 2024-25",
            "Q2 2024-25, Q2 2024-25",
            "2024/25 Q4, Q4 2024-25",
            "q1 2025-2026, Q1 2025-26",
            "2024-25, 2024-25",
            "2024/25, 2024-25",
            "2024-2025, 2024-25",
            "FY 2024-25, 2024-25",
            "2024-12, December 2024",
    })
    void importFilesMayWriteAPeriodInTheUsualWays(String text, String label) {
        assertEquals(label, ReportingPeriod.parse(text).getLabel());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource({"2025-13", "2024-26", "2024-26 Q1", "Q5 2024-25", "Smarch 2025", "2025", "yesterday", "''"})
    void aBadPeriodIsRefusedWithAMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse(text));
        assertTrue(e.getMessage().contains("2024-25"), "the message shows how to write one: " + e.getMessage());
    }

    @Test
    void aYearCoversItsQuartersAndMonthsButNotTheOtherWayRound() {
        ReportingPeriod year = ReportingPeriod.financialYear(2024);
        assertTrue(year.covers(ReportingPeriod.quarter(2024, 4)));
        assertTrue(year.covers(ReportingPeriod.month(2025, 3)));
        assertFalse(year.covers(ReportingPeriod.month(2025, 4)));
        assertFalse(ReportingPeriod.quarter(2024, 1).covers(year));
        assertEquals("Q2 2023-24", ReportingPeriod.quarter(2024, 2).yearEarlier().getLabel());
        assertEquals(2, ReportingPeriod.parse("Q2 2024-25").getQuarter());
        assertEquals("2024-25", ReportingPeriod.month(2025, 1).getFinancialYear());
    }

    @Test
    void theQuartersOfferedForAReportAreThoseThatHaveEndedLatestFirst() {
        // on the last day of Q3 2024-25 it has not ended yet: the latest ended quarter is Q2
        assertEquals(java.util.List.of("Q2 2024-25", "Q1 2024-25", "Q4 2023-24"),
                ReportingPeriod.lastEnded(Frequency.QUARTERLY, LocalDate.of(2024, 12, 31), 3).stream()
                        .map(ReportingPeriod::getLabel).toList());
        assertEquals("Q3 2024-25",
                ReportingPeriod.lastEnded(Frequency.QUARTERLY, LocalDate.of(2025, 1, 1), 8).get(0).getLabel());
    }
}
