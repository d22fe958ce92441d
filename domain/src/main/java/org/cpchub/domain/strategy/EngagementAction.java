package org.cpchub.domain.strategy;

import jakarta.persistence.Column;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.cpchub.domain.shared.BusinessException;
import org.cpchub.domain.shared.VersionedEntity;

/**
 * An action of the engagement plan: what is done, the evidence that it was, who leads it, when it is next
 * reviewed (or completed), and its status. Progress notes are appended as {@link EngagementNote}s.
 */
@Entity
@Table(name = "engagement_action")
@NamedQuery(name = "EngagementAction.findByStrategy", query = "SELECT a FROM EngagementAction a"
        + " JOIN FETCH a.objective o WHERE o.strategy.id = :strategyId ORDER BY o.number, a.id")
@NamedQuery(name = "EngagementAction.findReviewOverdue", query = "SELECT a FROM EngagementAction a"
        + " JOIN FETCH a.objective o WHERE o.strategy.id = :strategyId AND a.reviewDate < :today"
        + " AND a.status <> org.cpchub.domain.strategy.EngagementStatus.COMPLETE"
        + " AND a.status <> org.cpchub.domain.strategy.EngagementStatus.WITHDRAWN ORDER BY a.reviewDate, a.id")
public class EngagementAction extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 2000;
    public static final int LEAD_MAX = 200;
    public static final int SCHEDULE_MAX = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id", nullable = false)
    private EngagementObjective objective;

    @NotBlank(message = "Enter the action")
    @Size(max = TEXT_MAX, message = "The action can be at most {max} characters")
    @Column(name = "action_text", nullable = false, length = TEXT_MAX)
    private String action;

    @Size(max = TEXT_MAX, message = "The evidence can be at most {max} characters")
    @Column(name = "evidence", length = TEXT_MAX)
    private String evidence;

    @Size(max = LEAD_MAX, message = "The lead can be at most {max} characters")
    @Column(name = "action_lead", length = LEAD_MAX)
    private String lead;

    /** The next review, or the completion date for a one-off action. */
    @Column(name = "review_date")
    private LocalDate reviewDate;

    /** How often it is reviewed, as the plan says it ("Quarterly", "6 monthly"); informs the next review date. */
    @Size(max = SCHEDULE_MAX, message = "The review schedule can be at most {max} characters")
    @Column(name = "review_schedule", length = SCHEDULE_MAX)
    private String reviewSchedule;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private EngagementStatus status = EngagementStatus.NOT_STARTED;

    protected EngagementAction() {
        // for JPA
    }

    public EngagementAction(EngagementObjective objective, String action, String evidence, String lead,
                            LocalDate reviewDate, String reviewSchedule) {
        this.objective = Objects.requireNonNull(objective, "objective");
        this.action = Objects.requireNonNull(action, "action").strip();
        this.evidence = clean(evidence);
        this.lead = clean(lead);
        this.reviewDate = reviewDate;
        this.reviewSchedule = clean(reviewSchedule);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A review is overdue when its date has passed and the action is neither complete nor withdrawn. */
    public boolean isReviewOverdue(LocalDate today) {
        return reviewDate != null && reviewDate.isBefore(today) && !status.isClosed();
    }

    /**
     * Records progress: the note is kept (dated, by whom), the status moves, and the next review date is set
     * when given. A closed action takes no more notes unless it is reopened with a new status.
     */
    public EngagementNote recordProgress(String note, EngagementStatus newStatus, LocalDate nextReview, String by,
                                         Instant at) {
        if (note == null || note.isBlank()) {
            throw new BusinessException("Write a progress note.");
        }
        if (note.strip().length() > EngagementNote.TEXT_MAX) {
            throw new BusinessException("A progress note can be at most " + EngagementNote.TEXT_MAX + " characters.");
        }
        if (newStatus != null) {
            status = newStatus;
        }
        if (nextReview != null) {
            reviewDate = nextReview;
        }
        return new EngagementNote(this, note.strip(), status, by, at);
    }

    public EngagementObjective getObjective() {
        return objective;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action == null ? null : action.strip();
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = clean(evidence);
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = clean(lead);
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getReviewSchedule() {
        return reviewSchedule;
    }

    public void setReviewSchedule(String reviewSchedule) {
        this.reviewSchedule = clean(reviewSchedule);
    }

    public EngagementStatus getStatus() {
        return status;
    }

    public void setStatus(EngagementStatus status) {
        this.status = Objects.requireNonNull(status);
    }
}
