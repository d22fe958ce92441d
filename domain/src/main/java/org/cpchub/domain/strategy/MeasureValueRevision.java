package org.cpchub.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One change to a measure's value: who, when, how (entered or imported), and the value, inputs and
 * commentary before and after. Append-only, like the audit trail: no setters, never updated or deleted.
 */
@Entity
@Table(name = "measure_value_revision")
@NamedQuery(name = "MeasureValueRevision.findByMeasure", query = "SELECT r FROM MeasureValueRevision r"
        + " JOIN FETCH r.measureValue v WHERE v.measure.id = :measureId ORDER BY r.changedAt DESC, r.id DESC")
@NamedQuery(name = "MeasureValueRevision.findByValue", query = "SELECT r FROM MeasureValueRevision r"
        + " WHERE r.measureValue.id = :valueId ORDER BY r.changedAt, r.id")
public class MeasureValueRevision implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_value_id", nullable = false)
    private MeasureValue measureValue;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 10)
    private RevisionSource source;

    @Column(name = "old_value", precision = 18, scale = 4)
    private BigDecimal oldValue;

    @Column(name = "new_value", nullable = false, precision = 18, scale = 4)
    private BigDecimal newValue;

    @Column(name = "old_numerator", precision = 18, scale = 4)
    private BigDecimal oldNumerator;

    @Column(name = "new_numerator", precision = 18, scale = 4)
    private BigDecimal newNumerator;

    @Column(name = "old_denominator", precision = 18, scale = 4)
    private BigDecimal oldDenominator;

    @Column(name = "new_denominator", precision = 18, scale = 4)
    private BigDecimal newDenominator;

    @Column(name = "old_commentary", length = MeasureValue.COMMENTARY_MAX)
    private String oldCommentary;

    @Column(name = "new_commentary", length = MeasureValue.COMMENTARY_MAX)
    private String newCommentary;

    protected MeasureValueRevision() {
        // for JPA
    }

    MeasureValueRevision(MeasureValue measureValue, Instant changedAt, String changedBy, RevisionSource source,
                         BigDecimal oldValue, BigDecimal newValue, BigDecimal oldNumerator, BigDecimal newNumerator,
                         BigDecimal oldDenominator, BigDecimal newDenominator, String oldCommentary,
                         String newCommentary) {
        this.measureValue = Objects.requireNonNull(measureValue);
        this.changedAt = Objects.requireNonNull(changedAt);
        this.changedBy = Objects.requireNonNull(changedBy);
        this.source = Objects.requireNonNull(source);
        this.oldValue = oldValue;
        this.newValue = Objects.requireNonNull(newValue);
        this.oldNumerator = oldNumerator;
        this.newNumerator = newNumerator;
        this.oldDenominator = oldDenominator;
        this.newDenominator = newDenominator;
        this.oldCommentary = oldCommentary;
        this.newCommentary = newCommentary;
    }

    /** The first entry of a value (nothing before it). */
    public boolean isFirst() {
        return oldValue == null;
    }

    public boolean isValueChanged() {
        return !MeasureValue.same(oldValue, newValue);
    }

    public boolean isCommentaryChanged() {
        return !Objects.equals(oldCommentary, newCommentary);
    }

    public Long getId() {
        return id;
    }

    public MeasureValue getMeasureValue() {
        return measureValue;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public RevisionSource getSource() {
        return source;
    }

    public BigDecimal getOldValue() {
        return oldValue;
    }

    public BigDecimal getNewValue() {
        return newValue;
    }

    public BigDecimal getOldNumerator() {
        return oldNumerator;
    }

    public BigDecimal getNewNumerator() {
        return newNumerator;
    }

    public BigDecimal getOldDenominator() {
        return oldDenominator;
    }

    public BigDecimal getNewDenominator() {
        return newDenominator;
    }

    public String getOldCommentary() {
        return oldCommentary;
    }

    public String getNewCommentary() {
        return newCommentary;
    }
}
