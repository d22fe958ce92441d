package org.cpchub.ejb.strategy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A small line chart of a measure's recent values (dark line and dots; a gap for a suppressed or missing value)
 * with its target as a dashed line, as a PNG for the report's HTML and PDF alike. The report gives the same values
 * in text, so the chart needs no colour to be understood.
 */
final class TrendChart {
    static final int WIDTH = 220;
    static final int HEIGHT = 64;
    private static final int PAD = 6;

    private TrendChart() {
    }

    /** The chart as a {@code data:} URI; null values are gaps. */
    static String dataUri(List<BigDecimal> values, BigDecimal target) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(values, target));
    }

    static byte[] png(List<BigDecimal> values, BigDecimal target) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0xB0B0B0));
            g.drawRect(0, 0, WIDTH - 1, HEIGHT - 1);
            List<Double> all = new ArrayList<>();
            values.stream().filter(v -> v != null).forEach(v -> all.add(v.doubleValue()));
            if (target != null) {
                all.add(target.doubleValue());
            }
            if (all.isEmpty()) {
                return encode(image);
            }
            double min = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            if (max - min < 1e-9) {
                min -= 1;
                max += 1;
            }
            double lo = min;
            double span = max - min;
            java.util.function.DoubleUnaryOperator y = v -> HEIGHT - PAD - (v - lo) / span * (HEIGHT - 2 * PAD);
            double step = values.size() < 2 ? 0 : (WIDTH - 2.0 * PAD) / (values.size() - 1);
            if (target != null) {
                g.setColor(new Color(0x555555));
                g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
                int ty = (int) Math.round(y.applyAsDouble(target.doubleValue()));
                g.drawLine(PAD, ty, WIDTH - PAD, ty);
            }
            g.setColor(new Color(0x1D3F8F));
            g.setStroke(new BasicStroke(2f));
            Integer px = null;
            Integer py = null;
            for (int i = 0; i < values.size(); i++) {
                BigDecimal v = values.get(i);
                if (v == null) {
                    px = null;
                    continue;
                }
                int x = (int) Math.round(PAD + i * step);
                int vy = (int) Math.round(y.applyAsDouble(v.doubleValue()));
                if (px != null) {
                    g.drawLine(px, py, x, vy);
                }
                g.fillOval(x - 3, vy - 3, 6, 6);
                px = x;
                py = vy;
            }
            return encode(image);
        } finally {
            g.dispose();
        }
    }

    private static byte[] encode(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
