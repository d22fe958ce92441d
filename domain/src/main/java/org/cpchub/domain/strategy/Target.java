package org.cpchub.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.cpchub.domain.shared.VersionedEntity;

/**
 * The target of a measure for a period, with a tolerance in the measure's unit (how far worse still counts
 * as amber). A target may cover a longer period than the measure's own: a 2024-25 target applies to every
 * month of 2024-25.
 */
@Entity
@Table(name = "measure_target")
@NamedQuery(name = "Target.findByMeasure", query = "SELECT t FROM Target t WHERE t.measure.id = :measureId"
        + " ORDER BY t.period.start")
@NamedQuery(name = "Target.findByStrategy", query = "SELECT t FROM Target t"
        + " WHERE t.measure.focusArea.priority.strategy.id = :strategyId ORDER BY t.period.start")
@NamedQuery(name = "Target.findByMeasureAndStart", query = "SELECT t FROM Target t WHERE t.measure.id = :measureId"
        + " AND t.period.start = :start AND t.period.frequency = :frequency")
public class Target extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int NOTE_MAX = 1000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private Measure measure;

    @NotNull
    @Embedded
    private ReportingPeriod period;

    @NotNull(message = "Enter the target")
    @Column(name = "target_value", nullable = false, precision = 18, scale = 4)
    private BigDecimal value;

    @NotNull(message = "Enter the tolerance (0 for none)")
    @DecimalMin(value = "0", message = "The tolerance cannot be negative")
    @Column(name = "tolerance", nullable = false, precision = 18, scale = 4)
    private BigDecimal tolerance = BigDecimal.ZERO;

    @Size(max = NOTE_MAX, message = "The note can be at most {max} characters")
    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected Target() {
        // for JPA
    }

    public Target(Measure measure, ReportingPeriod period, BigDecimal value, BigDecimal tolerance) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.period = Objects.requireNonNull(period, "period");
        this.value = value;
        this.tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
    }

    /**
     * The target in force for a period: among the targets whose period covers it, the most specific one (a
     * quarter's target before its year's). None when no target covers the period: targets are not carried
     * forward, so a value with no target for its period is not rated.
     */
    public static Optional<Target> inForce(Collection<Target> targets, ReportingPeriod period) {
        return targets.stream().filter(t -> t.period.covers(period))
                .min(Comparator.comparingInt((Target t) -> t.period.getFrequency().getMonths())
                        .thenComparing(t -> t.period.getStart(), Comparator.reverseOrder()));
    }

    /** The rating of a value against this target. */
    public Rag rate(BigDecimal actual) {
        return Rag.assess(actual, value, tolerance, measure.getPolarity());
    }

    public Measure getMeasure() {
        return measure;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getTolerance() {
        return tolerance;
    }

    public void setTolerance(BigDecimal tolerance) {
        this.tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public String getFormatted() {
        return measure.format(value);
    }
}
