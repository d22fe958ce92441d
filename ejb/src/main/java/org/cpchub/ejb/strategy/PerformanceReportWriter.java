package org.cpchub.ejb.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cpchub.domain.strategy.Benchmark;
import org.cpchub.domain.strategy.ComparatorGroup;
import org.cpchub.domain.strategy.MeasureUnit;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.SmallCounts;

/**
 * Writes the committee's "Children's Social Care Performance" report for a period as accessible XHTML: per
 * priority a table of its measures (value, target, benchmarks, RAG and direction in words, a trend chart with
 * the same values in its text alternative, commentary). For publication, small counts are shown as "c"
 * ({@link SmallCounts}): a count below the threshold, a rate or percentage whose numerator or denominator is,
 * and such numbers quoted in the commentary.
 */
final class PerformanceReportWriter {
    static final String TITLE = "Children's Social Care Performance";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final String CSS = """
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1b1b1b; }
            h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14pt; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }
            caption { text-align: left; font-weight: bold; padding: 2pt 0; }
            th, td { border: 1px solid #8a8a8a; padding: 3pt; vertical-align: top; text-align: left; }
            th { background: #eef1f6; }
            .note { font-size: 9pt; }
            """;

    private final ReportingPeriod period;
    private final boolean forPublication;
    private final int threshold;

    PerformanceReportWriter(ReportingPeriod period, boolean forPublication, int threshold) {
        this.period = period;
        this.forPublication = forPublication;
        this.threshold = threshold;
    }

    String title() {
        return TITLE + ": " + period.getLabel();
    }

    /** The complete XHTML document (the archived HTML version). */
    String document(StrategyDashboard dashboard, Instant generatedAt) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\"><head>"
                + "<meta charset=\"UTF-8\"/><title>" + esc(title()) + "</title><style>" + CSS + "</style></head><body>"
                + body(dashboard, generatedAt) + "</body></html>";
    }

    String body(StrategyDashboard dashboard, Instant generatedAt) {
        StringBuilder out = new StringBuilder();
        out.append("<h1>").append(esc(title())).append("</h1>");
        out.append("<p>").append(esc(dashboard.strategy().getName())).append(". Figures for the period ending ")
                .append(esc(period.getEnd().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))))
                .append(", generated on ").append(esc(WHEN.format(generatedAt))).append(".</p>");
        out.append("<p class=\"note\">").append(forPublication
                ? "For publication: numbers of children below " + threshold + " are shown as \u201cc\u201d so that"
                        + " no child can be identified."
                : "Not for publication: contains small numbers.").append(" RAG: Green on or better than target,"
                        + " Amber worse than target within tolerance, Red worse beyond tolerance. Trend charts show up"
                        + " to eight periods; the dashed line is the target.</p>");
        for (StrategyDashboard.PriorityRow priority : dashboard.priorities()) {
            out.append("<h2>").append(priority.priority().getNumber()).append(". ")
                    .append(esc(priority.priority().getTitle())).append(" (overall: ")
                    .append(esc(priority.rag().getLabel())).append(")</h2>");
            out.append("<table><caption>Measures of priority ").append(priority.priority().getNumber())
                    .append("</caption><thead><tr><th scope=\"col\">Measure</th><th scope=\"col\">Value</th>"
                            + "<th scope=\"col\">Target</th><th scope=\"col\">Benchmarks</th>"
                            + "<th scope=\"col\">RAG</th><th scope=\"col\">Direction</th>"
                            + "<th scope=\"col\">Trend</th><th scope=\"col\">Commentary</th></tr></thead><tbody>");
            for (MeasureStatus m : priority.getMeasures()) {
                measure(out, m);
            }
            out.append("</tbody></table>");
        }
        return out.toString();
    }

    private void measure(StringBuilder out, MeasureStatus m) {
        MeasureValue latest = m.latest();
        boolean current = latest != null && latest.getPeriod().getEnd().equals(period.getEnd());
        out.append("<tr><th scope=\"row\">").append(esc(m.measure().getCode())).append(" ")
                .append(esc(m.measure().getName())).append("</th><td>");
        if (latest == null) {
            out.append("No value");
        } else {
            out.append(esc(shown(latest))).append(current ? "" : " (" + esc(latest.getPeriod().getLabel()) + ")");
        }
        out.append("</td><td>").append(m.target() == null ? "None" : esc(m.target().getFormatted())).append("</td><td>");
        List<Benchmark> benchmarks = m.benchmarks();
        out.append(benchmarks.isEmpty() ? "None" : benchmarks.stream()
                .sorted(java.util.Comparator.comparing(Benchmark::getComparator))
                .map(b -> esc(label(b.getComparator()) + ": " + b.getFormatted() + " (" + b.getPeriod().getLabel() + ")"))
                .collect(Collectors.joining("<br/>")));
        out.append("</td><td>").append(esc(m.rag().getLabel())).append("</td><td>")
                .append(esc(m.direction().getLabel())).append("</td><td>");
        List<MeasureValue> trend = m.trend().subList(Math.max(0, m.trend().size() - 8), m.trend().size());
        if (trend.size() >= 2) {
            List<BigDecimal> points = trend.stream().map(v -> suppressed(v) ? null : v.getValue()).toList();
            String alt = "Trend: " + trend.stream().map(v -> v.getPeriod().getLabel() + " " + shown(v))
                    .collect(Collectors.joining(", "));
            out.append("<img src=\"").append(TrendChart.dataUri(points, m.target() == null ? null : m.target().getValue()))
                    .append("\" width=\"").append(TrendChart.WIDTH).append("\" height=\"").append(TrendChart.HEIGHT)
                    .append("\" alt=\"").append(esc(alt)).append("\"/>");
        } else {
            out.append("Not enough values");
        }
        String commentary = latest == null ? null : forPublication
                ? SmallCounts.suppressInText(latest.getCommentary(), threshold) : latest.getCommentary();
        out.append("</td><td>").append(commentary == null ? "" : esc(commentary)).append("</td></tr>");
    }

    private static String label(ComparatorGroup group) {
        return group.getLabel();
    }

    private String shown(MeasureValue v) {
        return suppressed(v) ? SmallCounts.SUPPRESSED : v.getFormatted();
    }

    /** For publication: a small count, or a rate or percentage of a small count. */
    boolean suppressed(MeasureValue v) {
        if (!forPublication) {
            return false;
        }
        MeasureUnit unit = v.getMeasure().getUnit();
        if (unit == MeasureUnit.COUNT) {
            return SmallCounts.isSuppressed(v.getValue(), threshold);
        }
        // a rate of a small group identifies it too, even at 0% or 100%
        return unit.isComputed() && (SmallCounts.isSuppressed(v.getNumerator(), threshold)
                || SmallCounts.isSuppressed(v.getDenominator(), threshold));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
