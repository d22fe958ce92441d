package org.cpchub.domain.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClearDaysTest {
    /** England and Wales bank holidays around the examples. */
    private static final Set<LocalDate> BANK_HOLIDAYS = Set.of(
            LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26), LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6));
    private static final ClearDays WORKING = new ClearDays(ClearDays.Mode.WORKING_DAYS, BANK_HOLIDAYS);
    private static final ClearDays CALENDAR = new ClearDays(ClearDays.Mode.CALENDAR_DAYS, BANK_HOLIDAYS);

    @ParameterizedTest(name = "meeting {0} ({2}) -> publish by {1}")
    @CsvSource({
            // DOMAIN.md worked examples
            "2026-03-10, 2026-03-02, WORKING_DAYS",
            "2026-03-10, 2026-03-04, CALENDAR_DAYS",
            "2025-03-13, 2025-03-05, WORKING_DAYS",
            // the seed meeting: Thu 24 Oct 2024
            "2024-10-24, 2024-10-16, WORKING_DAYS",
            // Christmas and New Year: 25, 26 Dec and 1 Jan do not count
            "2025-01-07, 2024-12-27, WORKING_DAYS",
            "2025-01-07, 2025-01-01, CALENDAR_DAYS",
            "2026-01-08, 2025-12-30, WORKING_DAYS",
            // Easter 2025: Good Friday 18 and Easter Monday 21 April do not count
            "2025-04-24, 2025-04-14, WORKING_DAYS",
            // Easter 2026: Good Friday 3 and Easter Monday 6 April
            "2026-04-09, 2026-03-30, WORKING_DAYS",
            // a Monday meeting: the weekend before does not count
            "2026-03-16, 2026-03-06, WORKING_DAYS",
            // early May bank holiday 2025 (5 May)
            "2025-05-08, 2025-04-29, WORKING_DAYS",
    })
    void latestCompliantPublicationDate(LocalDate meeting, LocalDate latest, ClearDays.Mode mode) {
        ClearDays rule = mode == ClearDays.Mode.WORKING_DAYS ? WORKING : CALENDAR;
        assertEquals(latest, rule.latestPublication(meeting));
        assertEquals(true, rule.isCompliant(latest, meeting), "the latest date itself complies");
        LocalDate nextDay = latest.plusDays(1);
        while (!rule.counts(nextDay)) {
            nextDay = nextDay.plusDays(1);
        }
        assertEquals(false, rule.isCompliant(nextDay, meeting), "the next day that counts does not");
    }

    @ParameterizedTest(name = "published {0}, meeting {1}: {2} clear working days")
    @CsvSource({
            "2026-03-02, 2026-03-10, 5",
            "2026-03-03, 2026-03-10, 4",
            "2026-03-09, 2026-03-10, 0",
            "2026-03-10, 2026-03-10, 0",
            "2024-12-20, 2025-01-02, 5",
            "2025-04-17, 2025-04-24, 2",
    })
    void countsClearWorkingDaysBetween(LocalDate published, LocalDate meeting, int clearDays) {
        assertEquals(clearDays, WORKING.between(published, meeting));
    }
}
