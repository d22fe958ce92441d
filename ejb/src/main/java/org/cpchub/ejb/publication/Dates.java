package org.cpchub.ejb.publication;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** UK dates and times as the council's papers write them: "24 October 2024", "6.30pm". */
final class Dates {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_AND_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    static String dayAndDate(LocalDate date) {
        return date == null ? "" : DAY_AND_DATE.format(date);
    }

    static String time(LocalTime time) {
        if (time == null) {
            return "";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String suffix = time.getHour() < 12 ? "am" : "pm";
        return hour + (time.getMinute() == 0 ? "" : "." + String.format("%02d", time.getMinute())) + suffix;
    }
}
