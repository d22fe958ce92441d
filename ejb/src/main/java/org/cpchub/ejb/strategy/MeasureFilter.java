package org.cpchub.ejb.strategy;

import java.io.Serializable;
import org.cpchub.domain.strategy.Frequency;

/** What a list of measures is narrowed to; every part is optional. */
public record MeasureFilter(Long strategyId, String ownerUsername, Frequency frequency, String text)
        implements Serializable {

    public static MeasureFilter all() {
        return new MeasureFilter(null, null, null, null);
    }

    public static MeasureFilter ofStrategy(long strategyId) {
        return new MeasureFilter(strategyId, null, null, null);
    }
}
