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
import java.util.List;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.ChangeSummary;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.strategy.EngagementAction;
import org.cpchub.domain.strategy.EngagementNote;
import org.cpchub.domain.strategy.EngagementObjective;
import org.cpchub.domain.strategy.EngagementStatus;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.Caller;
import org.cpchub.ejb.platform.InputValidator;
import org.cpchub.ejb.platform.Jpa;

/**
 * The engagement plan of a strategy (its Appendix 3): analysts keep the objectives and actions; the leads
 * (officers), clerks and analysts record dated progress; overdue reviews are listed for the committee.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.OFFICER, Role.Names.CLERK, Role.Names.MEMBER})
public class EngagementService {
    static final String TYPE = "EngagementAction";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The plan in three queries: objectives, actions, notes. */
    public EngagementPlan plan(long strategyId) {
        Strategy s = strategy(strategyId);
        List<EngagementObjective> objectives = em.createNamedQuery("EngagementObjective.findByStrategy",
                EngagementObjective.class).setParameter("strategyId", strategyId).getResultList();
        List<EngagementAction> actions = em.createNamedQuery("EngagementAction.findByStrategy", EngagementAction.class)
                .setParameter("strategyId", strategyId).getResultList();
        List<EngagementNote> notes = em.createNamedQuery("EngagementNote.findByStrategy", EngagementNote.class)
                .setParameter("strategyId", strategyId).getResultList();
        return new EngagementPlan(s, LocalDate.now(clock), objectives,
                StrategyService.group(actions, a -> a.getObjective().getId()),
                StrategyService.group(notes, n -> n.getAction().getId()));
    }

    /** Actions whose review date has passed and that are neither complete nor withdrawn, oldest review first. */
    public List<EngagementAction> overdueReviews(long strategyId) {
        return em.createNamedQuery("EngagementAction.findReviewOverdue", EngagementAction.class)
                .setParameter("strategyId", strategyId).setParameter("today", LocalDate.now(clock)).getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public EngagementObjective addObjective(long strategyId, String objective) {
        Strategy s = strategy(strategyId);
        int next = em.createQuery("SELECT COALESCE(MAX(o.number), 0) FROM EngagementObjective o"
                + " WHERE o.strategy.id = :s", Integer.class).setParameter("s", strategyId).getSingleResult() + 1;
        EngagementObjective o = new EngagementObjective(s, next, objective == null ? "" : objective);
        validator.check(o);
        em.persist(o);
        em.flush();
        audit.record(AuditAction.CREATE, "EngagementObjective", o.getId(), s.getName() + ", objective " + next,
                o.getObjective());
        return o;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public EngagementAction addAction(long objectiveId, String action, String evidence, String lead,
                                      LocalDate reviewDate, String reviewSchedule) {
        EngagementObjective o = em.find(EngagementObjective.class, objectiveId);
        if (o == null) {
            throw new NotFoundException("Objective", objectiveId);
        }
        EngagementAction a = new EngagementAction(o, action == null ? "" : action, evidence, lead, reviewDate,
                reviewSchedule);
        validator.check(a);
        em.persist(a);
        em.flush();
        audit.record(AuditAction.CREATE, TYPE, a.getId(), "objective " + o.getNumber(), a.getAction());
        return a;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public EngagementAction updateAction(EngagementAction edited) {
        validator.check(edited);
        EngagementAction current = action(edited.getId());
        ChangeSummary changes = new ChangeSummary()
                .field("action", current.getAction(), edited.getAction())
                .field("evidence", current.getEvidence(), edited.getEvidence())
                .field("lead", current.getLead(), edited.getLead())
                .field("review", current.getReviewDate(), edited.getReviewDate())
                .field("schedule", current.getReviewSchedule(), edited.getReviewSchedule())
                .field("status", current.getStatus(), edited.getStatus());
        EngagementAction saved = Jpa.mergeChecked(em, edited, "The engagement action");
        audit.record(AuditAction.UPDATE, TYPE, saved.getId(), saved.getAction(), changes.toString());
        return saved;
    }

    /** Appends a dated progress note; optionally moves the status and sets the next review date. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.OFFICER, Role.Names.CLERK})
    public EngagementNote recordProgress(long actionId, String note, EngagementStatus status, LocalDate nextReview) {
        EngagementAction a = action(actionId);
        EngagementStatus before = a.getStatus();
        EngagementNote n = a.recordProgress(note, status, nextReview, Caller.name(context), clock.instant());
        em.persist(n);
        em.flush();
        audit.record(AuditAction.UPDATE, TYPE, actionId, a.getAction(), "progress: " + n.getText()
                + (before != a.getStatus() ? " (" + before + " -> " + a.getStatus() + ")" : "")
                + (nextReview != null ? "; next review " + nextReview : ""));
        return n;
    }

    public EngagementAction action(long id) {
        EngagementAction a = em.find(EngagementAction.class, id);
        if (a == null) {
            throw new NotFoundException("Engagement action", id);
        }
        return a;
    }

    private Strategy strategy(long id) {
        Strategy s = em.find(Strategy.class, id);
        if (s == null) {
            throw new NotFoundException(StrategyService.TYPE, id);
        }
        return s;
    }
}
