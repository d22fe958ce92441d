package org.cpchub.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.cpchub.domain.shared.VersionedEntity;

/**
 * A measure's value for one reporting period, with the numerator and denominator it was computed from
 * and the author's commentary. One per measure and period; every change is kept as a
 * {@link MeasureValueRevision}.
 */
@Entity
@Table(name = "measure_value")
@NamedQuery(name = "MeasureValue.findByMeasure", query = "SELECT v FROM MeasureValue v WHERE v.measure.id = :measureId"
        + " ORDER BY v.period.start")
@NamedQuery(name = "MeasureValue.findByMeasureAndStart", query = "SELECT v FROM MeasureValue v"
        + " WHERE v.measure.id = :measureId AND v.period.start = :start")
@NamedQuery(name = "MeasureValue.findByMeasures", query = "SELECT v FROM MeasureValue v WHERE v.measure.id IN :ids")
// The latest :n values of each measure of a strategy, in one statement: a value is among its measure's latest n
// when fewer than n values of the same measure are later (portable top-n per group; no window functions).
@NamedQuery(name = "MeasureValue.latestOfStrategy", query = "SELECT v FROM MeasureValue v"
        + " WHERE v.measure.focusArea.priority.strategy.id = :strategyId AND (SELECT COUNT(w) FROM MeasureValue w"
        + " WHERE w.measure = v.measure AND w.period.start > v.period.start) < :n ORDER BY v.period.start")
public class MeasureValue extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int COMMENTARY_MAX = 4000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private Measure measure;

    @NotNull
    @Embedded
    private ReportingPeriod period;

    @NotNull
    @Column(name = "measured_value", nullable = false, precision = 18, scale = 4)
    private BigDecimal value;

    @Column(name = "numerator", precision = 18, scale = 4)
    private BigDecimal numerator;

    @Column(name = "denominator", precision = 18, scale = 4)
    private BigDecimal denominator;

    @Size(max = COMMENTARY_MAX, message = "The commentary can be at most {max} characters")
    @Column(name = "commentary", length = COMMENTARY_MAX)
    private String commentary;

    @Column(name = "entered_by", nullable = false, length = 60)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected MeasureValue() {
        // for JPA
    }

    /** A first value; the revision that records it is {@link #firstRevision(RevisionSource)}. */
    public MeasureValue(Measure measure, ReportingPeriod period, BigDecimal value, BigDecimal numerator,
                        BigDecimal denominator, String commentary, String enteredBy, Instant enteredAt) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.period = Objects.requireNonNull(period, "period");
        this.value = Objects.requireNonNull(value, "value");
        this.numerator = numerator;
        this.denominator = denominator;
        this.commentary = clean(commentary);
        this.enteredBy = Objects.requireNonNull(enteredBy, "enteredBy");
        this.enteredAt = Objects.requireNonNull(enteredAt, "enteredAt");
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public MeasureValueRevision firstRevision(RevisionSource source) {
        return new MeasureValueRevision(this, enteredAt, enteredBy, source, null, value, null, numerator, null,
                denominator, null, commentary);
    }

    /**
     * Changes the value; returns the revision to keep, or null when nothing changed (a re-import of the same
     * figures leaves no trace).
     */
    public MeasureValueRevision revise(BigDecimal newValue, BigDecimal newNumerator, BigDecimal newDenominator,
                                       String newCommentary, String by, Instant at, RevisionSource source) {
        Objects.requireNonNull(newValue, "newValue");
        String cleanCommentary = clean(newCommentary);
        if (same(value, newValue) && same(numerator, newNumerator) && same(denominator, newDenominator)
                && Objects.equals(commentary, cleanCommentary)) {
            return null;
        }
        MeasureValueRevision r = new MeasureValueRevision(this, at, by, source, value, newValue, numerator, newNumerator,
                denominator, newDenominator, commentary, cleanCommentary);
        value = newValue;
        numerator = newNumerator;
        denominator = newDenominator;
        commentary = cleanCommentary;
        enteredBy = Objects.requireNonNull(by);
        enteredAt = Objects.requireNonNull(at);
        return r;
    }

    /** Equal as numbers: 43.30 and 43.3 are the same value. */
    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The value as people read it: "43.3%". */
    public String getFormatted() {
        return measure.format(value);
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

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public String getCommentary() {
        return commentary;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
