package org.cpchub.domain.strategy;

import java.time.LocalDate;
import java.util.Optional;
import org.cpchub.domain.meetings.ClearDays;

/**
 * When the quarterly performance report is due: on the n-th working day after the quarter ends (default the
 * tenth, when the quarter's figures are in), counting Monday to Friday except bank holidays. The calendar is the
 * council's working-day calendar (the same bank holidays as the clear-days rule).
 */
public final class ReportSchedule {
    public static final int DEFAULT_WORKING_DAY = 10;
    public static final int MAX_WORKING_DAY = 40;

    private ReportSchedule() {
    }

    /** The n-th working day after the last day of the quarter. */
    public static LocalDate dueDate(ReportingPeriod quarter, int workingDay, ClearDays workingDays) {
        if (quarter.getFrequency() != Frequency.QUARTERLY) {
            throw new IllegalArgumentException("The report is quarterly, not " + quarter.getFrequency());
        }
        if (workingDay < 1 || workingDay > MAX_WORKING_DAY) {
            throw new IllegalArgumentException("The working day is 1 to " + MAX_WORKING_DAY + ": " + workingDay);
        }
        LocalDate day = quarter.getEnd();
        int counted = 0;
        while (counted < workingDay) {
            day = day.plusDays(1);
            if (workingDays.counts(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The quarter whose report is due on {@code day}, if any (at most one quarter is ever due on a day). */
    public static Optional<ReportingPeriod> quarterDueOn(LocalDate day, int workingDay, ClearDays workingDays) {
        // the due date falls within about two months of the quarter's end: the quarter is this one or the last
        ReportingPeriod current = ReportingPeriod.of(Frequency.QUARTERLY, day);
        for (ReportingPeriod quarter : new ReportingPeriod[] {current.previous(), current.previous().previous()}) {
            if (dueDate(quarter, workingDay, workingDays).equals(day)) {
                return Optional.of(quarter);
            }
        }
        return Optional.empty();
    }
}
