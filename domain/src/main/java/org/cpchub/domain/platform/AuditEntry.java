package org.cpchub.domain.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit trail: who did what to which record, when, and a short
 * summary of the change. The class has no setters and the services never update or delete entries.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int ACTOR_MAX = 60;
    public static final int TYPE_MAX = 60;
    public static final int RECORD_MAX = 200;
    public static final int SUMMARY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = ACTOR_MAX)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, length = TYPE_MAX)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "record_label", length = RECORD_MAX)
    private String recordLabel;

    @Column(name = "summary", length = SUMMARY_MAX)
    private String summary;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant at, String actor, AuditAction action, String entityType, Long entityId,
                      String recordLabel, String summary) {
        this.at = Objects.requireNonNull(at);
        this.actor = clip(Objects.requireNonNull(actor), ACTOR_MAX);
        this.action = Objects.requireNonNull(action);
        this.entityType = clip(Objects.requireNonNull(entityType), TYPE_MAX);
        this.entityId = entityId;
        this.recordLabel = clip(recordLabel, RECORD_MAX);
        this.summary = clip(summary, SUMMARY_MAX);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getRecordLabel() {
        return recordLabel;
    }

    public String getSummary() {
        return summary;
    }
}
