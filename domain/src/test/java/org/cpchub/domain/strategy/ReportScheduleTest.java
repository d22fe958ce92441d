package org.cpchub.domain.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.cpchub.domain.meetings.ClearDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportScheduleTest {
    private static final ClearDays WORKING_DAYS = new ClearDays(ClearDays.Mode.WORKING_DAYS, Set.of(
            LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26),
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21)));

    @ParameterizedTest(name = "{0} Q{1}, working day {2} -> {3}")
    @CsvSource({
        // Q4 2023-24 ends Sunday 31 March 2024; Easter Monday 1 April is a bank holiday
        "2023, 4, 10, 2024-04-15",
        // Q2 2024-25 ends Monday 30 September 2024
        "2024, 2, 10, 2024-10-14",
        // Q3 2024-25 ends Tuesday 31 December 2024; New Year's Day is a bank holiday
        "2024, 3, 10, 2025-01-15",
        "2024, 3, 1, 2025-01-02",
        // Q4 2024-25 ends Monday 31 March 2025; Easter (18 and 21 April) comes after the tenth working day
        "2024, 4, 10, 2025-04-14",
        "2024, 4, 15, 2025-04-23",
        // Q1 2025-26 ends Monday 30 June 2025
        "2025, 1, 10, 2025-07-14"})
    void theReportIsDueOnTheNthWorkingDayAfterTheQuarterEnds(int year, int quarter, int day, LocalDate due) {
        ReportingPeriod q = ReportingPeriod.quarter(year, quarter);
        assertEquals(due, ReportSchedule.dueDate(q, day, WORKING_DAYS));
        assertEquals(Optional.of(q), ReportSchedule.quarterDueOn(due, day, WORKING_DAYS));
        assertTrue(ReportSchedule.quarterDueOn(due.minusDays(1), day, WORKING_DAYS).isEmpty());
        assertTrue(ReportSchedule.quarterDueOn(due.plusDays(1), day, WORKING_DAYS).isEmpty());
    }
}
