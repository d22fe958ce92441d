package org.cpchub.web.strategy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cpchub.domain.strategy.EngagementAction;
import org.cpchub.domain.strategy.EngagementStatus;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.ejb.strategy.EngagementPlan;
import org.cpchub.ejb.strategy.EngagementService;
import org.cpchub.ejb.strategy.StrategyService;
import org.cpchub.web.security.CurrentUser;
import org.cpchub.web.support.Messages;

/**
 * /staff/strategy/engagement.xhtml: the engagement plan of the active strategy (objectives, actions, evidence, lead,
 * review date, status and progress notes), overdue reviews first and marked; progress recorded by officers, clerks
 * and analysts; objectives and actions added by analysts.
 */
@Named
@ViewScoped
public class EngagementPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient EngagementService engagement;

    @EJB
    transient StrategyService strategies;

    @Inject
    CurrentUser user;

    private transient EngagementPlan plan;
    private Long actionId;
    private String note;
    private EngagementStatus status;
    private LocalDate nextReview;
    private String objective;
    private Long objectiveId;
    private String action;
    private String evidence;
    private String lead;
    private LocalDate reviewDate;

    public EngagementPlan getPlan() {
        if (plan == null) {
            Strategy s = strategies.active().stream().findFirst().orElse(null);
            plan = s == null ? null : engagement.plan(s.getId());
        }
        return plan;
    }

    public boolean isMayRecord() {
        return user.isAdmin() || user.is("ANALYST") || user.is("OFFICER") || user.is("CLERK");
    }

    public boolean isMayPlan() {
        return user.isAdmin() || user.is("ANALYST");
    }

    public List<EngagementStatus> getStatuses() {
        return List.of(EngagementStatus.values());
    }

    public void recordProgress() {
        if (actionId == null) {
            Messages.error("Choose the action.");
            return;
        }
        if (Messages.attempt("progress", () -> engagement.recordProgress(actionId, note, status, nextReview))) {
            Messages.info("Progress recorded.");
            note = null;
            nextReview = null;
            plan = null;
        }
    }

    public void addObjective() {
        Strategy s = strategies.active().stream().findFirst().orElse(null);
        if (s != null && Messages.attempt("plan", () -> engagement.addObjective(s.getId(), objective))) {
            Messages.info("Objective added.");
            objective = null;
            plan = null;
        }
    }

    public void addAction() {
        if (objectiveId == null) {
            Messages.error("Choose the objective the action serves.");
            return;
        }
        if (Messages.attempt("plan", () -> engagement.addAction(objectiveId, action, evidence, lead, reviewDate, null))) {
            Messages.info("Action added.");
            action = null;
            evidence = null;
            lead = null;
            reviewDate = null;
            plan = null;
        }
    }

    /** Every action of the plan, objective by objective, for the progress form. */
    public List<EngagementAction> getAllActions() {
        return getPlan().objectives().stream().flatMap(o -> getPlan().actionsOf(o).stream()).toList();
    }

    public boolean overdue(EngagementAction a) {
        return getPlan().isOverdue(a);
    }

    public Long getActionId() { return actionId; }
    public void setActionId(Long actionId) { this.actionId = actionId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public EngagementStatus getStatus() { return status; }
    public void setStatus(EngagementStatus status) { this.status = status; }
    public LocalDate getNextReview() { return nextReview; }
    public void setNextReview(LocalDate nextReview) { this.nextReview = nextReview; }
    public String getObjective() { return objective; }
    public void setObjective(String objective) { this.objective = objective; }
    public Long getObjectiveId() { return objectiveId; }
    public void setObjectiveId(Long objectiveId) { this.objectiveId = objectiveId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public LocalDate getReviewDate() { return reviewDate; }
    public void setReviewDate(LocalDate reviewDate) { this.reviewDate = reviewDate; }
}
