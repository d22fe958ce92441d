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

    public static boolean isSuppressed(BigDecimal count, int threshold) {
        return count != null && count.signum() > 0 && count.compareTo(BigDecimal.valueOf(threshold)) < 0;
    }
}
