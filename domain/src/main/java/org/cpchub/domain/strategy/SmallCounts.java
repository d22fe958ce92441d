package org.cpchub.domain.strategy;

import java.math.BigDecimal;

/**
 * Small numbers of children are suppressed in public outputs so that no child can be identified (DfE
 * practice: shown as "c"). A count above zero and below the council's threshold (setting, default 5) is
 * suppressed; zero is shown, because it identifies nobody.
 */
public final class SmallCounts {
    public static final int DEFAULT_THRESHOLD = 5;
    public static final String SUPPRESSED = "c";

    private SmallCounts() {
    }

    /** A whole number standing alone in text, not part of a date, a decimal, a percentage or an ordinal. */
    private static final java.util.regex.Pattern SMALL_NUMBER = java.util.regex.Pattern.compile(
            "(?<![\\w.,/£$-])(\\d+)(?![\\w.,/%-])(?!\\s+(?:January|February|March|April|May|June|July|August|September"
                    + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b)");

    /**
     * Commentary written for a measure may quote a small number ("only 2 children"): in a public output such
     * numbers are suppressed too. Dates, decimals, percentages and ordinals are left alone.
     */
    public static String suppressInText(String text, int threshold) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = SMALL_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group(1);
            boolean small = number.length() < 4 && isSuppressed(new BigDecimal(number), threshold);
            m.appendReplacement(out, small ? SUPPRESSED : number);
        }
        m.appendTail(out);
        return out.toString();
    }

    public static boolean isSuppressed(BigDecimal count, int threshold) {
        return count != null && count.signum() > 0 && count.compareTo(BigDecimal.valueOf(threshold)) < 0;
    }
}
