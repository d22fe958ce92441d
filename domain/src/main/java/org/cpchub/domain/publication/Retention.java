package org.cpchub.domain.publication;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.cpchub.domain.shared.BusinessException;

/**
 * How long published papers stay open to inspection after the meeting, and so cannot be deleted or
 * unpublished: the agenda, the public reports and the minutes for six years (s.100C), the lists of
 * background papers for four (s.100D). The period begins with the day of the meeting, so a meeting on
 * 24 October 2024 keeps its papers until 24 October 2030, the first day they may go.
 */
public final class Retention {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** What is kept, for how many years, under which section of the Local Government Act 1972. */
    public enum Kept {
        AGENDA("agenda", 6, "s.100C"),
        REPORT("report", 6, "s.100C"),
        MINUTES("minutes", 6, "s.100C"),
        BACKGROUND_PAPERS("list of background papers", 4, "s.100D");

        private final String noun;
        private final int years;
        private final String section;

        Kept(String noun, int years, String section) {
            this.noun = noun;
            this.years = years;
            this.section = section;
        }

        public String getNoun() {
            return noun;
        }

        public int getYears() {
            return years;
        }

        public String getSection() {
            return section;
        }
    }

    private Retention() {
    }

    /** The first day the published paper may be deleted or unpublished. */
    public static LocalDate keptUntil(Kept what, LocalDate meetingDate) {
        return Objects.requireNonNull(meetingDate, "meetingDate").plusYears(what.years);
    }

    /** Whether the published paper must still be kept open to inspection on {@code today}. */
    public static boolean isKept(Kept what, LocalDate meetingDate, LocalDate today) {
        return today.isBefore(keptUntil(what, meetingDate));
    }

    /**
     * Refuses to delete or unpublish a published paper within its period, saying until when it is kept.
     *
     * @param description what the clerk tried to remove, e.g. "The report \"Performance\""
     * @throws BusinessException within the period
     */
    public static void checkMayRemove(Kept what, LocalDate meetingDate, LocalDate today, String description) {
        if (isKept(what, meetingDate, today)) {
            throw new BusinessException(description + " was published and cannot be deleted or unpublished: the "
                    + what.noun + " is kept until " + LONG_DATE.format(keptUntil(what, meetingDate)) + " ("
                    + what.years + " years after the meeting) under the Local Government Act 1972 " + what.section
                    + ".");
        }
    }
}
