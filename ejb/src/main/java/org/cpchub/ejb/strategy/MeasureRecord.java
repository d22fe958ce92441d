package org.cpchub.ejb.strategy;

import java.io.Serializable;
import java.util.List;
import org.cpchub.domain.strategy.Benchmark;
import org.cpchub.domain.strategy.Direction;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.MeasureValueRevision;
import org.cpchub.domain.strategy.Rag;
import org.cpchub.domain.strategy.Target;

/**
 * Everything a measure's page shows, loaded in a fixed number of queries: the definition with its place in
 * the strategy, every value with its target, rating and direction (newest first), the targets and
 * benchmarks, the revision history of all its values (newest first), the current status and the agenda
 * items that discussed it.
 */
public record MeasureRecord(
        Measure measure,
        MeasureStatus status,
        List<ValueRow> values,
        List<Target> targets,
        List<Benchmark> benchmarks,
        List<MeasureValueRevision> revisions,
        List<TracedItem> trace) implements Serializable {

    public MeasureRecord {
        values = List.copyOf(values);
        targets = List.copyOf(targets);
        benchmarks = List.copyOf(benchmarks);
        revisions = List.copyOf(revisions);
        trace = List.copyOf(trace);
    }

    public Measure getMeasure() {
        return measure;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public List<ValueRow> getValues() {
        return values;
    }

    public List<Target> getTargets() {
        return targets;
    }

    public List<Benchmark> getBenchmarks() {
        return benchmarks;
    }

    public List<MeasureValueRevision> getRevisions() {
        return revisions;
    }

    public List<TracedItem> getTrace() {
        return trace;
    }

    /** The revisions of one value, newest first. */
    public List<MeasureValueRevision> revisionsOf(MeasureValue value) {
        return revisions.stream().filter(r -> r.getMeasureValue().getId().equals(value.getId())).toList();
    }

    /** A value with the target in force for its period, its rating and its direction from the period before. */
    public record ValueRow(MeasureValue value, Target target, Rag rag, Direction direction) implements Serializable {
        public MeasureValue getValue() {
            return value;
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
    }
}
