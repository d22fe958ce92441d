package org.cpchub.ejb.strategy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.platform.UserAccount;
import org.cpchub.domain.shared.ChangeSummary;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.domain.strategy.Benchmark;
import org.cpchub.domain.strategy.ComparatorGroup;
import org.cpchub.domain.strategy.Direction;
import org.cpchub.domain.strategy.FocusArea;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureUnit;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.MeasureValueRevision;
import org.cpchub.domain.strategy.Rag;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.Target;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.Caller;
import org.cpchub.ejb.platform.InputValidator;
import org.cpchub.ejb.platform.Jpa;
import org.cpchub.ejb.platform.PagedQuery;

/**
 * Measure definitions, their targets and benchmarks (managed by analysts), and the measure's page: values,
 * ratings, revisions and the meetings that discussed it, in a fixed number of queries.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.OFFICER, Role.Names.CLERK, Role.Names.MEMBER})
public class MeasureService {
    static final String TYPE = "Measure";
    private static final Map<String, String> SORTABLE = Map.of("code", "m.code", "name", "m.name",
            "owner", "m.ownerUsername", "frequency", "m.frequency");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    TraceabilityService traceability;

    @Resource
    SessionContext context;

    // ---------------------------------------------------------------- reading

    /** Measures, by code unless sorted otherwise, with their area of focus and priority (not their principles). */
    public Page<Measure> find(MeasureFilter filter, PageRequest page) {
        MeasureFilter f = filter == null ? MeasureFilter.all() : filter;
        return PagedQuery.of(em, Measure.class, "m").joinFetch("JOIN FETCH m.focusArea f JOIN FETCH f.priority p")
                .where("m.focusArea.priority.strategy.id = :strategy", "strategy", f.strategyId())
                .where("m.ownerUsername = :owner", "owner", UserAccount.normalise(f.ownerUsername()))
                .where("m.frequency = :frequency", "frequency", f.frequency())
                .whereContains(f.text(), "m.code", "m.name")
                .fetch(page, SORTABLE, "m.code");
    }

    /** The measures the signed-in user enters values for, by code (an officer's own list). */
    public List<Measure> ownedByCaller() {
        return em.createQuery("SELECT m FROM Measure m WHERE m.ownerUsername = :me ORDER BY m.code", Measure.class)
                .setParameter("me", Caller.name(context)).setHint(Measure.JOIN_FETCH, "m.focusArea.priority.strategy")
                .getResultList();
    }

    /** The measure with its area of focus, priority, strategy and principles. */
    public Measure get(long id) {
        return em.createNamedQuery("Measure.findWithParents", Measure.class).setParameter("id", id).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    public Optional<Measure> byCode(String code) {
        return em.createNamedQuery("Measure.findByCode", Measure.class).setParameter("code", Measure.normaliseCode(code))
                .getResultStream().findFirst();
    }

    /** The measure's page: at most eight queries, however many values, revisions and meetings it has. */
    public MeasureRecord record(long id) {
        Measure m = get(id);
        List<MeasureValue> values = em.createNamedQuery("MeasureValue.findByMeasure", MeasureValue.class)
                .setParameter("measureId", id).getResultList();
        List<Target> targets = targets(id);
        List<Benchmark> benchmarks = em.createNamedQuery("Benchmark.findByMeasure", Benchmark.class)
                .setParameter("measureId", id).getResultList();
        List<MeasureValueRevision> revisions = em.createNamedQuery("MeasureValueRevision.findByMeasure",
                MeasureValueRevision.class).setParameter("measureId", id).getResultList();
        List<MeasureRecord.ValueRow> rows = new ArrayList<>();
        for (int i = values.size() - 1; i >= 0; i--) {
            MeasureValue v = values.get(i);
            Target t = Target.inForce(targets, v.getPeriod()).orElse(null);
            MeasureValue before = i > 0 && values.get(i - 1).getPeriod().equals(v.getPeriod().previous())
                    ? values.get(i - 1) : null;
            rows.add(new MeasureRecord.ValueRow(v, t, t == null ? Rag.NONE : t.rate(v.getValue()),
                    Direction.of(v.getValue(), before == null ? null : before.getValue(), m.getPolarity())));
        }
        MeasureStatus status = MeasureStatus.of(m, values, targets, benchmarks, MeasureStatus.TREND_LENGTH);
        return new MeasureRecord(m, status, rows, targets, benchmarks, revisions, traceability.trace(id));
    }

    public List<Target> targets(long measureId) {
        return em.createNamedQuery("Target.findByMeasure", Target.class).setParameter("measureId", measureId)
                .getResultList();
    }

    // ---------------------------------------------------------------- definitions

    /** Adds a measure at the end of an area of focus; the owner must be an officer or analyst login. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public Measure create(long focusAreaId, Measure draft) {
        FocusArea area = em.find(FocusArea.class, focusAreaId);
        if (area == null) {
            throw new NotFoundException("Area of focus", focusAreaId);
        }
        draft.moveTo(area);
        validator.check(draft);
        checkDefinition(draft, null);
        draft.renumber(em.createQuery("SELECT COALESCE(MAX(m.number), 0) FROM Measure m WHERE m.focusArea.id = :f",
                Integer.class).setParameter("f", focusAreaId).getSingleResult() + 1);
        em.persist(draft);
        em.flush();
        audit.record(AuditAction.CREATE, TYPE, draft.getId(), draft.getCode(), draft.getName() + " ("
                + draft.getUnit().getLabel().toLowerCase() + ", " + draft.getFrequency().getLabel().toLowerCase()
                + ", owner " + draft.getOwnerUsername() + ")");
        return draft;
    }

    /** Saves an edited definition. The unit and frequency cannot change once values exist. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public Measure update(Measure edited) {
        validator.check(edited);
        Measure current = get(edited.getId());
        checkDefinition(edited, edited.getId());
        boolean hasValues = em.createQuery("SELECT COUNT(v) FROM MeasureValue v WHERE v.measure.id = :m", Long.class)
                .setParameter("m", edited.getId()).getSingleResult() > 0;
        if (hasValues && (current.getUnit() != edited.getUnit() || current.getFrequency() != edited.getFrequency()
                || current.getDecimalPlaces() != edited.getDecimalPlaces())) {
            throw InvalidInputException.of("unit", "The measure has values: its unit, frequency and decimal places"
                    + " can no longer change. Define a new measure instead.");
        }
        ChangeSummary changes = new ChangeSummary()
                .field("code", current.getCode(), edited.getCode())
                .field("name", current.getName(), edited.getName())
                .field("definition", current.getDefinition(), edited.getDefinition())
                .field("unit", current.getUnit(), edited.getUnit())
                .field("polarity", current.getPolarity(), edited.getPolarity())
                .field("frequency", current.getFrequency(), edited.getFrequency())
                .field("decimal places", current.getDecimalPlaces(), edited.getDecimalPlaces())
                .field("source", current.getDataSource(), edited.getDataSource())
                .field("owner", current.getOwnerUsername(), edited.getOwnerUsername())
                .field("numerator", current.getNumeratorLabel(), edited.getNumeratorLabel())
                .field("denominator", current.getDenominatorLabel(), edited.getDenominatorLabel())
                .field("principles", current.getPrinciples(), edited.getPrinciples())
                .field("area of focus", current.getFocusArea().getId(), edited.getFocusArea().getId());
        Measure saved = Jpa.mergeChecked(em, edited, "The measure " + current.getCode());
        audit.record(AuditAction.UPDATE, TYPE, saved.getId(), saved.getCode(), changes.toString());
        return saved;
    }

    /** Removes a measure that has no values (a measure with history is kept). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public void remove(long id) {
        Measure m = get(id);
        String code = m.getCode();
        em.createQuery("DELETE FROM Target t WHERE t.measure.id = :m").setParameter("m", id).executeUpdate();
        em.createQuery("DELETE FROM Benchmark b WHERE b.measure.id = :m").setParameter("m", id).executeUpdate();
        Jpa.removeChecked(em, m, () -> code + " has values or is linked to agenda items; it is kept for the record.");
        audit.record(AuditAction.DELETE, TYPE, id, code, "removed");
    }

    private void checkDefinition(Measure m, Long exceptId) {
        Optional<Measure> sameCode = byCode(m.getCode());
        if (sameCode.isPresent() && !sameCode.get().getId().equals(exceptId)) {
            throw InvalidInputException.of("code", "The code " + m.getCode() + " is already used by \""
                    + sameCode.get().getName() + "\".");
        }
        if (!m.getUnit().isComputed()) {
            m.setFormula(null, null);
        }
        if (m.getOwnerUsername() == null) {
            throw InvalidInputException.of("ownerUsername", "Choose the officer or analyst who enters the values.");
        }
        boolean mayOwn = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", m.getOwnerUsername()).getResultStream()
                .anyMatch(u -> u.getRoleNames().contains(Role.Names.OFFICER) || u.getRoleNames().contains(Role.Names.ANALYST));
        if (!mayOwn) {
            throw InvalidInputException.of("ownerUsername", "The owner must be the user name of an officer or an"
                    + " analyst; \"" + m.getOwnerUsername() + "\" is not.");
        }
    }

    // ---------------------------------------------------------------- targets and benchmarks

    /**
     * Sets the target of a measure for a period (its own frequency or longer, e.g. a year for a quarterly
     * measure), replacing the one already set for that period; the tolerance is in the measure's unit.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public Target setTarget(long measureId, ReportingPeriod period, BigDecimal value, BigDecimal tolerance, String note) {
        Measure m = get(measureId);
        checkPeriod(m, period);
        if (value == null) {
            throw InvalidInputException.of("value", "Enter the target.");
        }
        if (m.getUnit() == MeasureUnit.PERCENTAGE && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw InvalidInputException.of("value", "A percentage target lies between 0 and 100.");
        }
        Target t = em.createNamedQuery("Target.findByMeasureAndStart", Target.class).setParameter("measureId", measureId)
                .setParameter("start", period.getStart()).setParameter("frequency", period.getFrequency())
                .getResultStream().findFirst().orElse(null);
        BigDecimal before = t == null ? null : t.getValue();
        if (t == null) {
            t = new Target(m, period, value, tolerance);
        } else {
            t.setValue(value);
            t.setTolerance(tolerance);
        }
        t.setNote(note);
        validator.check(t);
        if (t.getId() == null) {
            em.persist(t);
        }
        em.flush();
        audit.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "Target", t.getId(),
                m.getCode() + " " + period.getLabel(), new ChangeSummary().field("target", before, value)
                        .field("tolerance", null, t.getTolerance()).toString());
        return t;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public void removeTarget(long targetId) {
        Target t = em.find(Target.class, targetId);
        if (t == null) {
            throw new NotFoundException("Target", targetId);
        }
        String label = t.getMeasure().getCode() + " " + t.getPeriod().getLabel();
        em.remove(t);
        audit.record(AuditAction.DELETE, "Target", targetId, label, "removed " + t.getValue().toPlainString());
    }

    /** Sets the benchmark of a comparator group for a period, replacing the one already set. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public Benchmark setBenchmark(long measureId, ReportingPeriod period, ComparatorGroup comparator, BigDecimal value,
                                  String source, LocalDate releaseDate) {
        Measure m = get(measureId);
        checkPeriod(m, period);
        if (comparator == null) {
            throw InvalidInputException.of("comparator", "Choose whom the benchmark compares with.");
        }
        Benchmark b = em.createNamedQuery("Benchmark.find", Benchmark.class).setParameter("measureId", measureId)
                .setParameter("start", period.getStart()).setParameter("frequency", period.getFrequency())
                .setParameter("comparator", comparator).getResultStream().findFirst().orElse(null);
        BigDecimal before = b == null ? null : b.getValue();
        if (b == null) {
            b = new Benchmark(m, period, comparator, value, source, releaseDate);
        } else {
            b.setValue(value);
            b.setSource(source);
            b.setReleaseDate(releaseDate);
        }
        validator.check(b);
        if (b.getId() == null) {
            em.persist(b);
        }
        em.flush();
        audit.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "Benchmark", b.getId(),
                m.getCode() + " " + period.getLabel() + " " + comparator.getLabel(),
                new ChangeSummary().field("value", before, value).field("source", null, b.getSource()).toString());
        return b;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public void removeBenchmark(long benchmarkId) {
        Benchmark b = em.find(Benchmark.class, benchmarkId);
        if (b == null) {
            throw new NotFoundException("Benchmark", benchmarkId);
        }
        String label = b.getMeasure().getCode() + " " + b.getPeriod().getLabel() + " " + b.getComparator().getLabel();
        em.remove(b);
        audit.record(AuditAction.DELETE, "Benchmark", benchmarkId, label, "removed");
    }

    /** Targets and benchmarks are for periods at least as long as the measure's own. */
    private static void checkPeriod(Measure m, ReportingPeriod period) {
        if (period == null) {
            throw InvalidInputException.of("period", "Choose the period.");
        }
        if (period.getFrequency().getMonths() < m.getFrequency().getMonths()) {
            throw InvalidInputException.of("period", m.getCode() + " is reported "
                    + m.getFrequency().getLabel().toLowerCase() + "; choose a period at least that long.");
        }
    }
}
