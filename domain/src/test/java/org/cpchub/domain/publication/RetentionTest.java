package org.cpchub.domain.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.cpchub.domain.publication.Retention.Kept;
import org.cpchub.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionTest {

    @ParameterizedTest(name = "{0} of a meeting on {1}, asked on {2}: kept={3}, until {4}")
    @CsvSource({
        // six years beginning with the day of the meeting (s.100C)
        "AGENDA,            2024-10-24, 2024-10-24, true,  2030-10-24",
        "AGENDA,            2024-10-24, 2030-10-23, true,  2030-10-24",
        "AGENDA,            2024-10-24, 2030-10-24, false, 2030-10-24",
        "REPORT,            2024-10-24, 2028-10-24, true,  2030-10-24",
        "MINUTES,           2024-10-24, 2031-01-01, false, 2030-10-24",
        // four years for the lists of background papers (s.100D)
        "BACKGROUND_PAPERS, 2024-10-24, 2028-10-23, true,  2028-10-24",
        "BACKGROUND_PAPERS, 2024-10-24, 2028-10-24, false, 2028-10-24",
        // a leap day: the anniversary in a common year is 28 February
        "MINUTES,           2024-02-29, 2030-02-27, true,  2030-02-28",
        "MINUTES,           2024-02-29, 2030-02-28, false, 2030-02-28",
        // a meeting papers were published for that has not happened yet
        "AGENDA,            2026-03-10, 2026-03-02, true,  2032-03-10",
    })
    void papersAreKeptForTheirPeriodFromTheMeetingDay(Kept what, LocalDate meeting, LocalDate today, boolean kept,
                                                      LocalDate until) {
        assertEquals(until, Retention.keptUntil(what, meeting));
        assertEquals(kept, Retention.isKept(what, meeting, today));
    }

    @Test
    void theRefusalSaysUntilWhenAndUnderWhichSection() {
        BusinessException e = assertThrows(BusinessException.class, () -> Retention.checkMayRemove(Kept.REPORT,
                LocalDate.of(2024, 10, 24), LocalDate.of(2026, 3, 2), "The report \"Performance\""));
        assertEquals("The report \"Performance\" was published and cannot be deleted or unpublished: the report is"
                + " kept until 24 October 2030 (6 years after the meeting) under the Local Government Act 1972"
                + " s.100C.", e.getMessage());
        BusinessException papers = assertThrows(BusinessException.class, () -> Retention.checkMayRemove(
                Kept.BACKGROUND_PAPERS, LocalDate.of(2024, 10, 24), LocalDate.of(2026, 3, 2), "The list"));
        assertEquals("The list was published and cannot be deleted or unpublished: the list of background papers is"
                + " kept until 24 October 2028 (4 years after the meeting) under the Local Government Act 1972"
                + " s.100D.", papers.getMessage());
        Retention.checkMayRemove(Kept.MINUTES, LocalDate.of(2018, 1, 1), LocalDate.of(2026, 3, 2), "Old minutes");
    }
}
