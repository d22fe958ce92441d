package org.cpchub.ejb.strategy;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cpchub.domain.strategy.FocusArea;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.Priority;
import org.cpchub.domain.strategy.Strategy;

/** A strategy's structure for its editing page: priorities, their areas of focus and their measures (no values). */
public record StrategyTree(Strategy strategy, List<Priority> priorities, Map<Long, List<FocusArea>> focusAreas,
                           Map<Long, List<Measure>> measures) implements Serializable {

    public Strategy getStrategy() {
        return strategy;
    }

    public List<Priority> getPriorities() {
        return priorities;
    }

    public List<FocusArea> focusAreasOf(Priority priority) {
        return focusAreas.getOrDefault(priority.getId(), List.of());
    }

    public List<Measure> measuresOf(FocusArea area) {
        return measures.getOrDefault(area.getId(), List.of());
    }

    public List<Measure> getAllMeasures() {
        return measures.values().stream().flatMap(List::stream).toList();
    }
}
