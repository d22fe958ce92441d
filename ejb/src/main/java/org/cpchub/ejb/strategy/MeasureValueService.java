package org.cpchub.ejb.strategy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.AccessRefusedException;
import org.cpchub.domain.shared.EditConflictException;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.MeasureValueRevision;
import org.cpchub.domain.strategy.MeasureValueRules;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.RevisionSource;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.Caller;

/**
 * Entry of measure values. An officer enters the values of the measures they own; an analyst (or admin) any
 * measure's. Every change is kept as a revision (who, when, before and after) and in the audit trail.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.OFFICER, Role.Names.CLERK, Role.Names.MEMBER})
public class MeasureValueService {
    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Records the value of a measure for a period, creating it or revising the one there. Rates and percentages
     * are computed from the numerator and denominator.
     *
     * @throws AccessRefusedException when an officer enters a measure someone else owns
     * @throws InvalidInputException with a message per field ("period", "value", "numerator", "denominator", "commentary")
     * @throws EditConflictException when the value changed since the form showed it
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.OFFICER})
    public MeasureValue enter(ValueEntry entry) {
        Measure m = em.find(Measure.class, entry.measureId());
        if (m == null) {
            throw new NotFoundException("Measure", entry.measureId());
        }
        checkMayEnter(m);
        Map<String, String> problems = new LinkedHashMap<>();
        String periodProblem = ValueRecorder.periodProblem(m, entry.period(), LocalDate.now(clock));
        if (periodProblem != null) {
            problems.put("period", periodProblem);
        }
        MeasureValueRules.Checked checked = MeasureValueRules.check(m, entry.value(), entry.numerator(),
                entry.denominator());
        problems.putAll(checked.problems());
        if (entry.commentary() != null && entry.commentary().strip().length() > MeasureValue.COMMENTARY_MAX) {
            problems.put("commentary", "The commentary can be at most " + MeasureValue.COMMENTARY_MAX + " characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MeasureValue existing = value(m.getId(), entry.period()).orElse(null);
        long seen = entry.version() == null ? -1 : entry.version();
        if (existing != null && existing.getVersion() != seen) {
            throw new EditConflictException("The value of " + m.getCode() + " for " + entry.period().getLabel());
        }
        boolean computed = m.getUnit().isComputed();
        ValueRecorder.write(em, audit, m, entry.period(), existing, checked.value(),
                computed ? entry.numerator() : null, computed ? entry.denominator() : null, entry.commentary(),
                Caller.name(context), clock.instant(), RevisionSource.ENTRY);
        em.flush();
        return value(m.getId(), entry.period()).orElseThrow();
    }

    /** Whether the signed-in user may enter the measure's values (for showing the form at all). */
    public boolean mayEnter(Measure m) {
        return context.isCallerInRole(Role.Names.ANALYST) || context.isCallerInRole(Role.Names.ADMIN)
                || context.isCallerInRole(Role.Names.OFFICER) && m.isOwnedBy(Caller.name(context));
    }

    private void checkMayEnter(Measure m) {
        if (!mayEnter(m)) {
            throw new AccessRefusedException("Only the owner of " + m.getCode() + (m.getOwnerUsername() == null ? ""
                    : " (" + m.getOwnerUsername() + ")") + " or an analyst can enter its values.");
        }
    }

    public Optional<MeasureValue> value(long measureId, ReportingPeriod period) {
        return em.createNamedQuery("MeasureValue.findByMeasureAndStart", MeasureValue.class)
                .setParameter("measureId", measureId).setParameter("start", period.getStart())
                .getResultStream().findFirst();
    }

    /** The values of a measure, oldest period first. */
    public List<MeasureValue> values(long measureId) {
        return em.createNamedQuery("MeasureValue.findByMeasure", MeasureValue.class)
                .setParameter("measureId", measureId).getResultList();
    }

    /** Every change of one value, oldest first (the first is its entry). */
    public List<MeasureValueRevision> history(long valueId) {
        return em.createNamedQuery("MeasureValueRevision.findByValue", MeasureValueRevision.class)
                .setParameter("valueId", valueId).getResultList();
    }
}
