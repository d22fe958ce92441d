package org.cpchub.web.strategy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.cpchub.domain.strategy.Direction;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.Rag;
import org.cpchub.ejb.strategy.MeasureStatus;

/**
 * How ratings and trends are drawn on the staff pages: a RAG and a direction always in words (with a symbol
 * and colour as extras), and a sparkline as a small inline SVG whose text alternative lists the values.
 */
@Named
@ApplicationScoped
public class Charts {
    private static final int W = 120;
    private static final int H = 28;

    public String ragClass(Rag rag) {
        return "rag rag-" + (rag == null ? "none" : rag.name().toLowerCase());
    }

    /** "▲ Improving", "▼ Worsening", "► Unchanged". */
    public String direction(Direction d) {
        if (d == null) {
            return Direction.NONE.getLabel();
        }
        return switch (d) {
            case IMPROVING -> "\u25B2 " + d.getLabel();
            case WORSENING -> "\u25BC " + d.getLabel();
            case UNCHANGED -> "\u25BA " + d.getLabel();
            case NONE -> d.getLabel();
        };
    }

    /** An inline SVG sparkline of the trend (oldest first), or an empty string with fewer than two values. */
    public String sparkline(MeasureStatus status) {
        List<MeasureValue> trend = status.trend();
        if (trend.size() < 2) {
            return "";
        }
        double min = trend.stream().map(MeasureValue::getValue).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = trend.stream().map(MeasureValue::getValue).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double span = max - min < 1e-9 ? 1 : max - min;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < trend.size(); i++) {
            double x = 2 + i * (W - 4.0) / (trend.size() - 1);
            double y = H - 3 - (trend.get(i).getValue().doubleValue() - min) / span * (H - 6);
            points.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        String label = "Trend of " + status.measure().getCode() + ": " + trend.stream()
                .map(v -> v.getPeriod().getLabel() + " " + v.getFormatted()).collect(Collectors.joining(", "));
        return "<svg class=\"sparkline\" width=\"" + W + "\" height=\"" + H + "\" viewBox=\"0 0 " + W + " " + H
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\"><polyline fill=\"none\" stroke=\"#1d3f8f\""
                + " stroke-width=\"2\" points=\"" + points.toString().strip() + "\"/></svg>";
    }

    /** A tolerance in the measure's unit; for a percentage it is in percentage points. */
    public String tolerance(org.cpchub.domain.strategy.Measure m, BigDecimal tolerance) {
        if (tolerance == null) {
            return "";
        }
        String plain = tolerance.stripTrailingZeros().toPlainString();
        return switch (m.getUnit()) {
            case PERCENTAGE -> plain + " percentage points";
            case RATE_PER_10000 -> plain + " per 10,000";
            case DAYS -> plain + " days";
            default -> plain;
        };
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
