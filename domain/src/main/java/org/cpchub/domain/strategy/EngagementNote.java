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
import java.time.Instant;
import java.util.Objects;

/** A dated progress note on an engagement action, by whom, and the status it left the action in. Append-only. */
@Entity
@Table(name = "engagement_note")
@NamedQuery(name = "EngagementNote.findByStrategy", query = "SELECT n FROM EngagementNote n JOIN FETCH n.action a"
        + " WHERE a.objective.strategy.id = :strategyId ORDER BY n.writtenAt, n.id")
public class EngagementNote implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    private EngagementAction action;

    @Column(name = "note", nullable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, length = 20)
    private EngagementStatus statusAfter;

    @Column(name = "written_by", nullable = false, length = 60)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected EngagementNote() {
        // for JPA
    }

    EngagementNote(EngagementAction action, String text, EngagementStatus statusAfter, String writtenBy,
                   Instant writtenAt) {
        this.action = Objects.requireNonNull(action);
        this.text = Objects.requireNonNull(text);
        this.statusAfter = Objects.requireNonNull(statusAfter);
        this.writtenBy = Objects.requireNonNull(writtenBy);
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    public Long getId() {
        return id;
    }

    public EngagementAction getAction() {
        return action;
    }

    public String getText() {
        return text;
    }

    public EngagementStatus getStatusAfter() {
        return statusAfter;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
