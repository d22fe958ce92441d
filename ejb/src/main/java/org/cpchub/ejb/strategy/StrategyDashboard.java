package org.cpchub.ejb.strategy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cpchub.domain.strategy.FocusArea;
import org.cpchub.domain.strategy.Priority;
import org.cpchub.domain.strategy.Rag;
import org.cpchub.domain.strategy.Strategy;

/**
 * The dashboard of a strategy: each priority with its status (the roll-up of its measures' ratings, see
 * {@link Rag#rollUp}), its areas of focus and, under each, the status of its measures. Built in a fixed number
 * of queries however many measures and values there are.
 */
public record StrategyDashboard(Strategy strategy, LocalDate asOf, List<PriorityRow> priorities) implements Serializable {

    public StrategyDashboard {
        priorities = List.copyOf(priorities);
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public List<PriorityRow> getPriorities() {
        return priorities;
    }

    /** Every measure of the strategy, in priority and focus-area order. */
    public List<MeasureStatus> getMeasures() {
        return priorities.stream().flatMap(p -> p.getMeasures().stream()).toList();
    }

    /** A priority, its rolled-up rating and its areas of focus. */
    public record PriorityRow(Priority priority, Rag rag, List<FocusAreaRow> focusAreas) implements Serializable {
        public PriorityRow {
            focusAreas = List.copyOf(focusAreas);
        }

        public Priority getPriority() {
            return priority;
        }

        public Rag getRag() {
            return rag;
        }

        public List<FocusAreaRow> getFocusAreas() {
            return focusAreas;
        }

        public List<MeasureStatus> getMeasures() {
            return focusAreas.stream().flatMap(f -> f.measures().stream()).toList();
        }
    }

    /** An area of focus and the status of its measures. */
    public record FocusAreaRow(FocusArea focusArea, List<MeasureStatus> measures) implements Serializable {
        public FocusAreaRow {
            measures = List.copyOf(measures);
        }

        public FocusArea getFocusArea() {
            return focusArea;
        }

        public List<MeasureStatus> getMeasures() {
            return measures;
        }
    }
}
