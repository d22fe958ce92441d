package org.cpchub.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month, a financial quarter or a financial year (1 April to 31 March; Q1 is April to June), known by
 * its frequency and first day. Labels are the council's: "March 2025", "Q2 2024-25", "2024-25".
 */
@Embeddable
public class ReportingPeriod implements Serializable, Comparable<ReportingPeriod> {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final String YEAR = "(\\d{4})\\s*[-/]\\s*(\\d{2}|\\d{4})";
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?:FY\\s*)?" + YEAR);
    private static final Pattern QUARTER_AFTER = Pattern.compile(YEAR + "\\s*Q([1-4])");
    private static final Pattern QUARTER_BEFORE = Pattern.compile("Q([1-4])\\s*" + YEAR);
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern SLASH_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern NAMED_MONTH = Pattern.compile("([A-Z]+)\\s+(\\d{4})");

    @Enumerated(EnumType.STRING)
    @Column(name = "period_frequency", nullable = false, length = 10)
    private Frequency frequency;

    @Column(name = "period_start", nullable = false)
    private LocalDate start;

    protected ReportingPeriod() {
        // for JPA
    }

    private ReportingPeriod(Frequency frequency, LocalDate start) {
        this.frequency = frequency;
        this.start = start;
    }

    /** The period of the given frequency that contains {@code day}. */
    public static ReportingPeriod of(Frequency frequency, LocalDate day) {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(day, "day");
        LocalDate first = day.withDayOfMonth(1);
        return switch (frequency) {
            case MONTHLY -> new ReportingPeriod(frequency, first);
            case QUARTERLY -> new ReportingPeriod(frequency, first.minusMonths((first.getMonthValue() - 4 + 12) % 3));
            case ANNUAL -> new ReportingPeriod(frequency, LocalDate.of(financialYearOf(day), 4, 1));
        };
    }

    public static ReportingPeriod month(int year, int month) {
        return of(Frequency.MONTHLY, LocalDate.of(year, month, 1));
    }

    /** Quarter 1-4 of the financial year starting in April of {@code startYear}. */
    public static ReportingPeriod quarter(int startYear, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4");
        }
        return new ReportingPeriod(Frequency.QUARTERLY, LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1)));
    }

    /** The financial year starting on 1 April of {@code startYear}. */
    public static ReportingPeriod financialYear(int startYear) {
        return new ReportingPeriod(Frequency.ANNUAL, LocalDate.of(startYear, 4, 1));
    }

    /** The {@code count} periods of this frequency that ended before the one containing {@code day}, latest first. */
    public static List<ReportingPeriod> lastEnded(Frequency frequency, LocalDate day, int count) {
        List<ReportingPeriod> periods = new ArrayList<>(count);
        ReportingPeriod p = of(frequency, day).previous();
        for (int i = 0; i < count; i++) {
            periods.add(p);
            p = p.previous();
        }
        return periods;
    }

    /** The calendar year in which the financial year containing {@code day} starts. */
    public static int financialYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /**
     * Reads a period as people write it in spreadsheets: months "2025-03", "03/2025", "March 2025", "Mar 2025";
     * quarters "2024-25 Q2", "Q2 2024-25", "2024/25 Q2"; financial years "2024-25", "2024/25", "2024-2025",
     * "FY 2024-25". "2011-12" reads as the financial year (the two readings only clash for 2000-2011).
     *
     * @throws IllegalArgumentException with a message for the person who wrote it
     */
    public static ReportingPeriod parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("No period given: write a month (2025-03), a quarter (2024-25 Q2)"
                    + " or a financial year (2024-25).");
        }
        String t = text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        Matcher m = QUARTER_AFTER.matcher(t);
        if (m.matches()) {
            return quarter(startYear(m.group(1), m.group(2), text), Integer.parseInt(m.group(3)));
        }
        m = QUARTER_BEFORE.matcher(t);
        if (m.matches()) {
            return quarter(startYear(m.group(2), m.group(3), text), Integer.parseInt(m.group(1)));
        }
        m = FINANCIAL_YEAR.matcher(t);
        if (m.matches() && isFollowingYear(m.group(1), m.group(2))) {
            return financialYear(Integer.parseInt(m.group(1)));
        }
        m = ISO_MONTH.matcher(t);
        if (m.matches()) {
            return month(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = SLASH_MONTH.matcher(t);
        if (m.matches()) {
            return month(text, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = NAMED_MONTH.matcher(t);
        if (m.matches()) {
            for (Month month : Month.values()) {
                String full = month.getDisplayName(TextStyle.FULL, Locale.UK).toUpperCase(Locale.ROOT);
                if (full.equals(m.group(1)) || full.substring(0, 3).equals(m.group(1))) {
                    return month(Integer.parseInt(m.group(2)), month.getValue());
                }
            }
        }
        if (FINANCIAL_YEAR.matcher(t).matches()) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a financial year: the second year must"
                    + " follow the first, as in 2024-25.");
        }
        throw new IllegalArgumentException("\"" + text.strip() + "\" is not a period: write a month (2025-03 or"
                + " March 2025), a quarter (2024-25 Q2) or a financial year (2024-25).");
    }

    private static boolean isFollowingYear(String first, String second) {
        int start = Integer.parseInt(first);
        int end = Integer.parseInt(second);
        return second.length() == 2 ? end == (start + 1) % 100 : end == start + 1;
    }

    private static int startYear(String first, String second, String text) {
        if (!isFollowingYear(first, second)) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" does not name a financial year: the second"
                    + " year must follow the first, as in 2024-25 Q2.");
        }
        return Integer.parseInt(first);
    }

    private static ReportingPeriod month(String text, int year, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a period: months are 01 to 12, and"
                    + " a financial year is written with the following year, as in 2024-25.");
        }
        return month(year, month);
    }

    public Frequency getFrequency() {
        return frequency;
    }

    /** The first day. */
    public LocalDate getStart() {
        return start;
    }

    /** The last day (inclusive). */
    public LocalDate getEnd() {
        return start.plusMonths(frequency.getMonths()).minusDays(1);
    }

    public ReportingPeriod previous() {
        return plus(-1);
    }

    public ReportingPeriod next() {
        return plus(1);
    }

    /** The period {@code n} periods later (earlier when negative). */
    public ReportingPeriod plus(int n) {
        return new ReportingPeriod(frequency, start.plusMonths((long) n * frequency.getMonths()));
    }

    /** The same period a year earlier (for "same quarter last year" comparisons). */
    public ReportingPeriod yearEarlier() {
        return new ReportingPeriod(frequency, start.minusYears(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(getEnd());
    }

    /** Whether the other period lies wholly within this one (a month within its quarter or year). */
    public boolean covers(ReportingPeriod other) {
        return contains(other.start) && contains(other.getEnd());
    }

    /** The financial year this period falls in, e.g. "2024-25". */
    public String getFinancialYear() {
        int y = financialYearOf(start);
        return y + "-" + String.format("%02d", (y + 1) % 100);
    }

    /** 1-4 for quarters (April-June is 1); 0 otherwise. */
    public int getQuarter() {
        return frequency == Frequency.QUARTERLY ? (start.getMonthValue() + 8) % 12 / 3 + 1 : 0;
    }

    /** "March 2025", "Q2 2024-25", "2024-25". */
    public String getLabel() {
        return switch (frequency) {
            case MONTHLY -> MONTH_LABEL.format(start);
            case QUARTERLY -> "Q" + getQuarter() + " " + getFinancialYear();
            case ANNUAL -> getFinancialYear();
        };
    }

    /** The form {@link #parse} reads and an import file uses: "2025-03", "2024-25 Q2", "2024-25". */
    public String getCode() {
        return switch (frequency) {
            case MONTHLY -> YearMonth.from(start).toString();
            case QUARTERLY -> getFinancialYear() + " Q" + getQuarter();
            case ANNUAL -> getFinancialYear();
        };
    }

    @Override
    public int compareTo(ReportingPeriod o) {
        int byStart = start.compareTo(o.start);
        return byStart != 0 ? byStart : Integer.compare(frequency.getMonths(), o.frequency.getMonths());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingPeriod p && frequency == p.frequency && Objects.equals(start, p.start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frequency, start);
    }

    @Override
    public String toString() {
        return getLabel();
    }
}
