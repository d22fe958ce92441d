package org.cpchub.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.cpchub.domain.shared.VersionedEntity;

/**
 * A comparison figure for a measure and period: statistical neighbours, England or the region, with where it
 * was published and when (benchmarks arrive a year or more after the period they describe).
 */
@Entity
@Table(name = "measure_benchmark")
@NamedQuery(name = "Benchmark.findByMeasure", query = "SELECT b FROM Benchmark b WHERE b.measure.id = :measureId"
        + " ORDER BY b.period.start, b.comparator")
@NamedQuery(name = "Benchmark.findByStrategy", query = "SELECT b FROM Benchmark b"
        + " WHERE b.measure.focusArea.priority.strategy.id = :strategyId ORDER BY b.period.start")
@NamedQuery(name = "Benchmark.find", query = "SELECT b FROM Benchmark b WHERE b.measure.id = :measureId"
        + " AND b.period.start = :start AND b.period.frequency = :frequency AND b.comparator = :comparator")
public class Benchmark extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int SOURCE_MAX = 300;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private Measure measure;

    @NotNull
    @Embedded
    private ReportingPeriod period;

    @NotNull(message = "Choose whom the benchmark compares with")
    @Enumerated(EnumType.STRING)
    @Column(name = "comparator", nullable = false, length = 30)
    private ComparatorGroup comparator;

    @NotNull(message = "Enter the benchmark value")
    @Column(name = "benchmark_value", nullable = false, precision = 18, scale = 4)
    private BigDecimal value;

    @NotBlank(message = "Say where the benchmark was published")
    @Size(max = SOURCE_MAX, message = "The source can be at most {max} characters")
    @Column(name = "source", nullable = false, length = SOURCE_MAX)
    private String source;

    @Column(name = "release_date")
    private LocalDate releaseDate;

    protected Benchmark() {
        // for JPA
    }

    public Benchmark(Measure measure, ReportingPeriod period, ComparatorGroup comparator, BigDecimal value,
                     String source, LocalDate releaseDate) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.period = Objects.requireNonNull(period, "period");
        this.comparator = Objects.requireNonNull(comparator, "comparator");
        this.value = value;
        this.source = source == null ? null : source.strip();
        this.releaseDate = releaseDate;
    }

    public Measure getMeasure() {
        return measure;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public ComparatorGroup getComparator() {
        return comparator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source == null ? null : source.strip();
    }

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }

    public String getFormatted() {
        return measure.format(value);
    }
}
