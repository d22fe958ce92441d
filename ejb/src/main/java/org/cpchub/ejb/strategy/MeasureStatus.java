package org.cpchub.ejb.strategy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpchub.domain.strategy.Benchmark;
import org.cpchub.domain.strategy.ComparatorGroup;
import org.cpchub.domain.strategy.Direction;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.Rag;
import org.cpchub.domain.strategy.Target;

/**
 * Where a measure stands: its latest value, the value of the period before (for the direction of travel),
 * the target in force for the latest period and the rating against it, the last values for a sparkline
 * (oldest first) and the latest benchmark of each comparator group.
 */
public record MeasureStatus(
        Measure measure,
        MeasureValue latest,
        MeasureValue previous,
        Target target,
        Rag rag,
        Direction direction,
        List<MeasureValue> trend,
        List<Benchmark> benchmarks) implements Serializable {

    /** The number of values a sparkline shows unless asked otherwise. */
    public static final int TREND_LENGTH = 12;

    public MeasureStatus {
        trend = List.copyOf(trend);
        benchmarks = List.copyOf(benchmarks);
    }

    /**
     * Works out the status from the measure's values (any order), its targets and its benchmarks; the previous
     * value is the one of the period just before the latest (none if that period has no value).
     */
    public static MeasureStatus of(Measure measure, List<MeasureValue> values, List<Target> targets,
                                   List<Benchmark> benchmarks, int trendLength) {
        List<MeasureValue> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(MeasureValue::getPeriod));
        MeasureValue latest = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
        MeasureValue previous = latest == null ? null : sorted.stream()
                .filter(v -> v.getPeriod().equals(latest.getPeriod().previous())).findFirst().orElse(null);
        Target target = latest == null ? null : Target.inForce(targets, latest.getPeriod()).orElse(null);
        Rag rag = target == null ? Rag.NONE : target.rate(latest.getValue());
        Direction direction = Direction.of(latest == null ? null : latest.getValue(),
                previous == null ? null : previous.getValue(), measure.getPolarity());
        List<MeasureValue> trend = sorted.subList(Math.max(0, sorted.size() - trendLength), sorted.size());
        Map<ComparatorGroup, Benchmark> latestBenchmarks = new EnumMap<>(ComparatorGroup.class);
        for (Benchmark b : benchmarks) {
            latestBenchmarks.merge(b.getComparator(), b,
                    (x, y) -> x.getPeriod().compareTo(y.getPeriod()) >= 0 ? x : y);
        }
        return new MeasureStatus(measure, latest, previous, target, rag, direction, trend,
                List.copyOf(latestBenchmarks.values()));
    }

    public Measure getMeasure() {
        return measure;
    }

    public MeasureValue getLatest() {
        return latest;
    }

    public MeasureValue getPrevious() {
        return previous;
    }

    public Target getTarget() {
        return target;
    }

    public Rag getRag() {
        return rag;
    }

    public Direction getDirection() {
        return direction;
    }

    public List<MeasureValue> getTrend() {
        return trend;
    }

    public List<Benchmark> getBenchmarks() {
        return benchmarks;
    }

    /** The latest benchmark of a comparator group, if any (e.g. England). */
    public Optional<Benchmark> benchmark(ComparatorGroup group) {
        return benchmarks.stream().filter(b -> b.getComparator() == group).findFirst();
    }
}
