package org.cpchub.domain.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Local Government Act 1972 s.100B(3) (as amended by SI 2002/715): the agenda and public reports must be
 * open to inspection at least five clear days before the meeting. Clear days leave out the day of
 * publication and the day of the meeting; by default only working days count (Monday to Friday, not
 * bank holidays), or every calendar day where the council's constitution says so.
 */
public final class ClearDays {
    /** The statutory minimum. */
    public static final int REQUIRED = 5;

    /** Which days count. */
    public enum Mode {
        WORKING_DAYS("Working days (Monday to Friday, not bank holidays)"),
        CALENDAR_DAYS("Calendar days");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    private final Mode mode;
    private final Set<LocalDate> bankHolidays;

    public ClearDays(Mode mode, Set<LocalDate> bankHolidays) {
        this.mode = Objects.requireNonNull(mode);
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    /** Whether the day counts as a clear day. */
    public boolean counts(LocalDate day) {
        if (mode == Mode.CALENDAR_DAYS) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }

    /** The clear days strictly between publication and the meeting. */
    public int between(LocalDate published, LocalDate meeting) {
        int count = 0;
        for (LocalDate d = published.plusDays(1); d.isBefore(meeting); d = d.plusDays(1)) {
            if (counts(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last day the agenda can be published and still leave {@link #REQUIRED} clear days; in working-day
     * mode, itself a working day (the office is open to publish).
     */
    public LocalDate latestPublication(LocalDate meeting) {
        LocalDate day = meeting.minusDays(1);
        int counted = 0;
        while (counted < REQUIRED) {
            if (counts(day)) {
                counted++;
            }
            day = day.minusDays(1);
        }
        while (mode == Mode.WORKING_DAYS && !counts(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    public boolean isCompliant(LocalDate published, LocalDate meeting) {
        return between(published, meeting) >= REQUIRED;
    }

    public Mode mode() {
        return mode;
    }
}
