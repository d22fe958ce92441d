package org.cpchub.ejb.strategy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.MeasureValueRevision;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.RevisionSource;
import org.cpchub.ejb.platform.AuditTrail;

/** What entry and import share: the period check, and writing a value with its revision and audit line. */
final class ValueRecorder {
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    private ValueRecorder() {
    }

    /** Why a value cannot be recorded for the period, or null if it can. */
    static String periodProblem(Measure m, ReportingPeriod period, LocalDate today) {
        if (period == null) {
            return "Choose the period.";
        }
        if (period.getFrequency() != m.getFrequency()) {
            return m.getCode() + " is reported " + m.getFrequency().getLabel().toLowerCase() + ", but "
                    + period.getLabel() + " is " + article(period) + ".";
        }
        if (period.getStart().isAfter(today)) {
            return period.getLabel() + " has not started yet.";
        }
        return null;
    }

    private static String article(ReportingPeriod p) {
        return switch (p.getFrequency()) {
            case MONTHLY -> "a month";
            case QUARTERLY -> "a quarter";
            case ANNUAL -> "a financial year";
        };
    }

    /** Creates or revises the value of {@code existing} (null for a new one); checked values only. */
    static Outcome write(EntityManager em, AuditTrail audit, Measure m, ReportingPeriod period, MeasureValue existing,
                         BigDecimal value, BigDecimal numerator, BigDecimal denominator, String commentary, String by,
                         Instant at, RevisionSource source) {
        if (existing == null) {
            MeasureValue v = new MeasureValue(m, period, value, numerator, denominator, commentary, by, at);
            em.persist(v);
            em.persist(v.firstRevision(source));
            em.flush();
            audit.record(AuditAction.CREATE, "MeasureValue", v.getId(), m.getCode() + " " + period.getLabel(),
                    source.getLabel().toLowerCase() + ": " + v.getFormatted() + inputs(numerator, denominator));
            return Outcome.CREATED;
        }
        String before = existing.getFormatted();
        MeasureValueRevision r = existing.revise(value, numerator, denominator, commentary, by, at, source);
        if (r == null) {
            return Outcome.UNCHANGED;
        }
        em.persist(r);
        audit.record(AuditAction.UPDATE, "MeasureValue", existing.getId(), m.getCode() + " " + period.getLabel(),
                source.getLabel().toLowerCase() + ": " + (r.isValueChanged() ? before + " -> " + existing.getFormatted()
                        + inputs(numerator, denominator) : "value unchanged")
                        + (r.isCommentaryChanged() ? "; commentary changed" : ""));
        return Outcome.UPDATED;
    }

    private static String inputs(BigDecimal numerator, BigDecimal denominator) {
        return numerator == null ? "" : " (" + numerator.stripTrailingZeros().toPlainString() + " / "
                + denominator.stripTrailingZeros().toPlainString() + ")";
    }
}
