package org.cpchub.domain.meetings;

import java.util.Collection;

/** Whether a meeting is quorate: enough voting members physically present (the constitution sets the number). */
public final class Quorum {
    private Quorum() {
    }

    public static long counted(Collection<Attendance> attendance) {
        return attendance.stream().filter(Attendance::isCountedForQuorum).count();
    }

    public static boolean isQuorate(Collection<Attendance> attendance, int quorum) {
        return counted(attendance) >= quorum;
    }
}
